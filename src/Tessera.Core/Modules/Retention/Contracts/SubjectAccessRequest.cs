namespace Tessera.Core.Modules.Retention.Contracts;

/// <summary>
/// Whose information to export: a child record, or an adult. An adult is named either by one of a child's related-adult
/// entries or by full name and postcode (exact), and the export covers every entry for that name and postcode.
/// </summary>
public sealed record SubjectAccessRequest
{
    public Guid? ChildRecordId { get; init; }
    public Guid? RelatedAdultId { get; init; }
    public string? AdultName { get; init; }
    public string? AdultPostcode { get; init; }
}

/// <summary>The ZIP, ready to hand over, and the process that recorded it.</summary>
public sealed record SubjectAccessFile(string FileName, byte[] Content, Guid ProcessId);
