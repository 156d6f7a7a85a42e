namespace Tessera.Core.Modules.Language.Models;

public static class VocabularyKindNames
{
    public static readonly IReadOnlyList<VocabularyKind> All = Enum.GetValues<VocabularyKind>();

    public static string For(VocabularyKind kind) => kind switch
    {
        VocabularyKind.ConcernCategory => "Concern category",
        VocabularyKind.LevelOfNeed => "Level of need",
        VocabularyKind.Flag => "Flag",
        VocabularyKind.AgencyType => "Type of agency",
        VocabularyKind.Role => "Role",
        VocabularyKind.GeneralTerm => "General term",
        _ => kind.ToString(),
    };
}
