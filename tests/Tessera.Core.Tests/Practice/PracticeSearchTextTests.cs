using Tessera.Core.Modules.Practice.Services;

namespace Tessera.Core.Tests.Practice;

public class PracticeSearchTextTests
{
    [Theory]
    [InlineData("consent", "\"consent\"*", "consent:*")]
    [InlineData("  \"Consent\"  NEAR(domestic -abuse)* ", "\"consent\"* \"domestic\"* \"abuse\"*", "consent:* & domestic:* & abuse:*")]
    [InlineData("title:x OR y", "\"title\"* \"x\"* \"y\"*", "title:* & x:* & y:*")]
    [InlineData("near miss or not", "\"near\"* \"miss\"* \"or\"* \"not\"*", "near:* & miss:* & or:* & not:*")]
    [InlineData("a&b|!c<->d", "\"a\"* \"b\"* \"c\"* \"d\"*", "a:* & b:* & c:* & d:*")]
    public void Only_words_survive_and_each_is_a_quoted_prefix(string text, string fts5, string tsquery)
    {
        var terms = PracticeSearchText.Terms(text);
        Assert.Equal(fts5, PracticeSearchText.Fts5(terms));
        Assert.Equal(tsquery, PracticeSearchText.TsQuery(terms));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("\" * - ( ) : ^ ' ")]
    public void Nothing_searchable_gives_no_terms(string? text) => Assert.Empty(PracticeSearchText.Terms(text));

    [Fact]
    public void Terms_are_capped_in_number_and_length()
    {
        var terms = PracticeSearchText.Terms(string.Join(' ', Enumerable.Range(1, 50).Select(i => $"word{i}")) + " " + new string('z', 500));
        Assert.Equal(PracticeSearchText.MaxTerms, terms.Count);
        Assert.Equal(40, PracticeSearchText.Terms(new string('z', 500)).Single().Length);
    }
}
