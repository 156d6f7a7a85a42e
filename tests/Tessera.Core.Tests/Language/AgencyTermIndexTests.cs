using Tessera.Core.Modules.Language.Contracts;

namespace Tessera.Core.Tests.Language;

public class AgencyTermIndexTests
{
    private static readonly AgencyTermIndex Index = new(
    [
        new AgencyTermEntry("DA", 1, "Domestic abuse", "d"),
        new AgencyTermEntry("CP", 2, "Child protection plan", "c"),
        new AgencyTermEntry("CP", 11, "Cerebral palsy", "h"),
        new AgencyTermEntry("LAC", 0, "Looked-after child", "l"),
        new AgencyTermEntry("team around the family", 0, "Team around the family", "t"),
    ]);

    [Fact]
    public void Capitals_match_only_in_capitals_and_give_the_span()
    {
        const string text = "Da said the DA call was at 9. Lac of sleep.";
        var match = Assert.Single(Index.Find(text));
        Assert.Equal(("DA", "Domestic abuse"), (text.Substring(match.Start, match.Length), match.SharedTerm));
    }

    [Fact]
    public void The_writers_agency_meaning_wins_then_any_agency()
    {
        Assert.Equal("Cerebral palsy", Assert.Single(Index.Find("On a CP plan?", 11)).SharedTerm);
        Assert.Equal("Child protection plan", Assert.Single(Index.Find("On a CP plan?", 2)).SharedTerm);
        Assert.Equal("Looked-after child", Assert.Single(Index.Find("She is LAC.", 11)).SharedTerm);
    }

    [Fact]
    public void Lower_case_phrases_match_in_any_case_across_words()
    {
        var match = Assert.Single(Index.Find("Agreed at the Team Around the Family meeting."));
        Assert.Equal("Team Around the Family", match.AgencyTerm);
    }

    [Fact]
    public void Nothing_to_find_gives_nothing() => Assert.Empty(Index.Find(null));
}
