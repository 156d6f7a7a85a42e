namespace Tessera.Core.Modules.Language.Contracts;

/// <summary>The kinds of wording the plain-language check points out. It never blocks a save.</summary>
public enum WordingIssue
{
    UnexplainedAbbreviation = 1,
    Jargon = 2,
    VagueWithoutFacts = 3,
    OpinionAsFact = 4,
    MissingChildVoice = 5,
}

/// <summary>
/// One thing the check noticed: where it is in the text (<see cref="Start"/> and <see cref="Length"/> in UTF-16
/// characters; a missing child's voice has length 0), the words it is about, why it matters and what to do instead.
/// </summary>
public sealed record WordingFinding(WordingIssue Issue, int Start, int Length, string Text, string Reason, string Suggestion)
{
    public string Heading => Issue switch
    {
        WordingIssue.UnexplainedAbbreviation => "Abbreviation or initial",
        WordingIssue.Jargon => "Jargon",
        WordingIssue.VagueWithoutFacts => "Vague without facts",
        WordingIssue.OpinionAsFact => "Opinion written as fact",
        WordingIssue.MissingChildVoice => "The child's voice",
        _ => Issue.ToString(),
    };
}

/// <summary>What to look for. A concern with its own "what did the child say" answer does not need the text to quote the child.</summary>
public sealed record WordingCheckOptions
{
    public static readonly WordingCheckOptions Default = new();

    /// <summary>Point out when the text never gives the child's own words or views.</summary>
    public bool ExpectChildVoice { get; init; }
}
