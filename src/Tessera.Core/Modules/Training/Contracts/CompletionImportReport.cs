namespace Tessera.Core.Modules.Training.Contracts;

/// <summary>One row that was not imported, and why. Row 1 is the header.</summary>
public sealed record ImportProblem(int Row, string Reason);

/// <summary>What an import did: the valid rows are saved together; every other row is listed with its reason.</summary>
public sealed record CompletionImportReport(int Imported, IReadOnlyList<ImportProblem> Problems)
{
    public static CompletionImportReport Refused(string reason) => new(0, [new ImportProblem(1, reason)]);
}
