namespace Tessera.Core.Modules.Retention.Contracts;

/// <summary>
/// Adds a section (such as shares or decisions) to a subject access export. Sharing (issue 4) registers one per
/// section; until then the export writes the section empty with a note. A source returns entries already redacted:
/// shielded values withheld and third parties' details removed, using <see cref="SubjectAccessMarkers"/>.
/// </summary>
public interface ISubjectAccessSource
{
    /// <summary>"shares" or "decisions": the file is &lt;section&gt;.json.</summary>
    string Section { get; }

    Task<IReadOnlyList<SubjectAccessEntry>> EntriesAsync(IReadOnlyCollection<Guid> childRecordIds, CancellationToken cancellationToken = default);
}

/// <summary>One entry of a section: when, a plain-English summary for the HTML, and the fields for the JSON.</summary>
public sealed record SubjectAccessEntry(Guid Id, DateTimeOffset At, string Summary, IReadOnlyDictionary<string, string?> Fields);

/// <summary>The words an export uses to mark what it left out.</summary>
public static class SubjectAccessMarkers
{
    public const string ThirdParty = "[Redacted: third party]";
    public const string Withheld = "Withheld";

    public static string ShieldedBy(string agencyName) => $"Shielded by {agencyName}";
}
