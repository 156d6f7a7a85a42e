using Tessera.Core.Modules.Language.Contracts;

namespace Tessera.Core.Tests.Language;

public class PlainLanguageCheckerTests
{
    private readonly PlainLanguageChecker _checker = new();

    [Fact]
    public void The_shipped_lexicon_has_at_least_150_entries_of_every_kind()
    {
        var lexicon = PlainLanguageLexicon.Default;
        Assert.True(lexicon.Entries.Count >= 150, $"Only {lexicon.Entries.Count} entries.");
        Assert.All(Enum.GetValues<LexiconKind>(), kind => Assert.Contains(lexicon.Entries, e => e.Kind == kind));
        Assert.All(lexicon.Entries.Where(e => e.Kind is LexiconKind.Abbreviation or LexiconKind.Jargon), e => Assert.False(string.IsNullOrWhiteSpace(e.Plain)));
    }

    [Fact]
    public void Each_finding_gives_its_span_a_reason_and_a_suggestion()
    {
        const string text = "J said that Mum's BF shouted at him.";
        var findings = _checker.Check(text);

        Assert.Collection(findings,
            f =>
            {
                Assert.Equal((WordingIssue.UnexplainedAbbreviation, 0, 1, "J"), (f.Issue, f.Start, f.Length, f.Text));
                Assert.Contains("initial", f.Reason, StringComparison.Ordinal);
            },
            f =>
            {
                Assert.Equal((WordingIssue.UnexplainedAbbreviation, "BF"), (f.Issue, text.Substring(f.Start, f.Length)));
                Assert.Contains("boyfriend", f.Suggestion, StringComparison.Ordinal);
            });
    }

    [Fact]
    public void An_abbreviation_explained_once_is_not_pointed_out_again_and_one_unexplained_is_pointed_out_once()
    {
        Assert.Empty(_checker.Check("Ruby is a child in need (CIN). The CIN plan was reviewed on 2 May."));
        Assert.Single(_checker.Check("The CIN plan was agreed. The CIN plan was reviewed on 2 May."));
    }

    [Theory]
    [InlineData("Mother is neglectful.", "Mother is neglectful")]
    [InlineData("She's very aggressive.", "She's very aggressive")]
    [InlineData("The child's father is abusive.", "The child's father is abusive")]
    public void Opinion_written_as_fact_is_pointed_out_with_its_subject(string text, string expected)
    {
        var finding = Assert.Single(_checker.Check(text));
        Assert.Equal(WordingIssue.OpinionAsFact, finding.Issue);
        Assert.Equal(expected, text.Substring(finding.Start, finding.Length));
    }

    [Theory]
    [InlineData("I think mother is neglectful.")]
    [InlineData("Mother is neglectful because the baby was left alone for 3 hours.")]
    [InlineData("Mother seemed aggressive when I called.")]
    public void Opinion_marked_as_a_view_or_supported_by_what_was_seen_is_left_alone(string text) =>
        Assert.DoesNotContain(_checker.Check(text), f => f.Issue == WordingIssue.OpinionAsFact);

    [Fact]
    public void A_vague_phrase_with_facts_in_the_same_sentence_is_left_alone()
    {
        Assert.Equal(WordingIssue.VagueWithoutFacts, Assert.Single(_checker.Check("There are concerns about home conditions.")).Issue);
        Assert.Empty(_checker.Check("There are concerns about home conditions: no food and dog faeces on the floor."));
    }

    [Fact]
    public void The_childs_voice_is_asked_for_only_when_the_caller_expects_it()
    {
        const string text = "I visited at 4pm. The kitchen was dirty.";
        Assert.Empty(_checker.Check(text));
        var finding = Assert.Single(_checker.Check(text, new WordingCheckOptions { ExpectChildVoice = true }));
        Assert.Equal((WordingIssue.MissingChildVoice, 0, 0), (finding.Issue, finding.Start, finding.Length));
        Assert.Empty(_checker.Check("Ava said \"I am hungry.\"", new WordingCheckOptions { ExpectChildVoice = true }));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \n ")]
    [InlineData("I spoke to the GP at A&E about the NHS number.")]
    [InlineData("Jack was in Year 6 and Plan B is for his aunt to collect him.")]
    public void Empty_text_and_widely_understood_terms_give_nothing(string? text) => Assert.Empty(_checker.Check(text));

    [Fact]
    public void An_enormous_paste_is_checked_up_to_the_limit_without_failing()
    {
        var text = string.Concat(Enumerable.Repeat("Mum's BF is aggressive. ", 20_000));
        var findings = _checker.Check(text);
        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.True(f.Start + f.Length <= PlainLanguageChecker.MaximumLength));
    }

    [Fact]
    public void A_lexicon_can_be_read_from_json()
    {
        using var json = new MemoryStream("""{"entries":[{"kind":"jargon","term":"utilise","plain":"use"}]}"""u8.ToArray());
        var checker = new PlainLanguageChecker(PlainLanguageLexicon.Parse(json));
        var finding = Assert.Single(checker.Check("We will utilise the room."));
        Assert.Equal("Try \"use\".", finding.Suggestion);
    }
}
