namespace Tessera.Core.Modules.Language.Models;

/// <summary>What part of the shared vocabulary a term belongs to.</summary>
public enum VocabularyKind
{
    ConcernCategory = 1,
    LevelOfNeed = 2,
    Flag = 3,
    AgencyType = 4,
    Role = 5,
    GeneralTerm = 6,
}

/// <summary>
/// A term in the partnership's shared vocabulary with its plain-English definition. Administrators edit it; every
/// version is kept in <see cref="VocabularyTermVersion"/>, and <see cref="Version"/> refuses an edit from a stale page.
/// </summary>
public class VocabularyTerm
{
    public const int TermMaxLength = 100;
    public const int DefinitionMaxLength = 1000;

    public Guid Id { get; set; }
    public VocabularyKind Kind { get; set; }
    public required string Term { get; set; }

    /// <summary>Lower case with single spaces: two terms that differ only in case or spacing are the same term.</summary>
    public required string NormalisedTerm { get; set; }
    public required string Definition { get; set; }
    public int VersionNumber { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
    public Guid? ChangedBy { get; set; }
    public Guid Version { get; set; }

    public static string Normalise(string term) =>
        string.Join(' ', term.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}

/// <summary>One saved version of a term: the first is number 1 and none is ever changed or removed.</summary>
public class VocabularyTermVersion
{
    public Guid Id { get; set; }
    public Guid TermId { get; set; }
    public int Number { get; set; }
    public VocabularyKind Kind { get; set; }
    public required string Term { get; set; }
    public required string Definition { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
    public Guid? ChangedBy { get; set; }
}

/// <summary>
/// An agency's own word or abbreviation ("DA" in police notes) and the shared term it means ("Domestic abuse").
/// <see cref="UsedBy"/> says which type of agency uses it; null means any agency.
/// </summary>
public class AgencyTermMapping
{
    public const int AgencyTermMaxLength = 50;

    public Guid Id { get; set; }
    public required string AgencyTerm { get; set; }
    public required string NormalisedAgencyTerm { get; set; }

    /// <summary>The agency type's number, or 0 for any agency (0 rather than null so the unique index holds).</summary>
    public int UsedBy { get; set; }
    public Guid TermId { get; set; }
    public int VersionNumber { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
    public Guid? ChangedBy { get; set; }
    public Guid Version { get; set; }
}

/// <summary>One saved version of an agency term mapping; like term versions, never changed or removed.</summary>
public class AgencyTermMappingVersion
{
    public Guid Id { get; set; }
    public Guid MappingId { get; set; }
    public int Number { get; set; }
    public required string AgencyTerm { get; set; }
    public int UsedBy { get; set; }
    public Guid TermId { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
    public Guid? ChangedBy { get; set; }
}
