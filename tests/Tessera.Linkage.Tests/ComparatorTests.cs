using Tessera.Linkage.Comparison;
using Tessera.Linkage.Standardisation;

namespace Tessera.Linkage.Tests;

/// <summary>Each comparator against cases worked by hand (Jaro-Winkler values are the textbook ones).</summary>
public sealed class ComparatorTests
{
    [Theory]
    [InlineData("MARTHA", "MARHTA", 0.9611)]
    [InlineData("DWAYNE", "DUANE", 0.8400)]
    [InlineData("DIXON", "DICKSONX", 0.8133)]
    [InlineData("ABC", "ABC", 1.0)]
    [InlineData("ABC", "XYZ", 0.0)]
    [InlineData("", "ABC", 0.0)]
    public void Jaro_winkler_gives_the_textbook_values(string a, string b, double expected) =>
        Assert.Equal(expected, JaroWinkler.Similarity(a, b), 4);

    [Fact]
    public void Jaro_winkler_handles_strings_longer_than_64_characters()
    {
        var a = new string('A', 70) + "B";
        var b = new string('A', 70) + "C";
        Assert.InRange(JaroWinkler.Similarity(a, b), 0.98, 0.999);
    }

    [Theory]
    [InlineData("JELLYFISH", "JALYF")]
    [InlineData("KNIGHT", "NAGT")]
    [InlineData("SMITH", "SNAT")]
    [InlineData("SCHMIDT", "SNAD")]
    [InlineData("MACDONALD", "MCDANALD")]
    [InlineData("PHILLIPS", "FALAP")]
    [InlineData("BROWN", "BRAN")]
    [InlineData("", "")]
    public void Nysiis_codes_sound_alike_names_together(string name, string code) => Assert.Equal(code, Nysiis.Encode(name));

    [Fact]
    public void Nhs_number_exact_match_and_invalid_is_missing()
    {
        var valid = NhsNumber.Parse("943 476 5919");
        Assert.Equal(9434765919, valid);
        Assert.Equal(0, NhsNumber.Parse("9434765918"));
        Assert.True(NhsNumber.LooksLikeButFails("9434765918"));
        Assert.False(NhsNumber.LooksLikeButFails("943476591"));
        Assert.Equal(2, Comparators.Nhs(valid, valid));
        Assert.Equal(1, Comparators.Nhs(valid, NhsNumber.FromNineDigits(401023213)));
        Assert.Equal(0, Comparators.Nhs(valid, NhsNumber.Parse("9434765918")));
    }

    [Theory]
    [InlineData("WILLIAM", "WILLIAM", 7)]
    [InlineData("JONATHON", "JONATHAN", 6)]
    [InlineData("WILLIAM", "BILL", 5)]
    [InlineData("PEGGY", "MARGARET", 5)]
    [InlineData("CATHERINE", "KATHRYN", 5)]
    [InlineData("MARY JANE", "MARY", 5)] // the first part, MARY, is in the variant table with itself
    [InlineData("ZAKARIYYA", "ZAKARIYA", 6)]
    [InlineData("ZAIN ALI", "ZAIN", 4)] // not in the table: same first part
    [InlineData("ZOLTAN", "BEATRIX", 1)]
    [InlineData("", "BEATRIX", 0)]
    public void Given_name_levels(string a, string b, int level)
    {
        var variants = NameVariants.Default;
        var phonetic = new Dictionary<string, int>();
        int Ph(string s) => s.Length == 0 ? 0 : phonetic.TryGetValue(Nysiis.Encode(TextCleaner.FirstPart(s)), out var id) ? id : phonetic[Nysiis.Encode(TextCleaner.FirstPart(s))] = phonetic.Count + 1;
        Assert.Equal(level, Comparators.Given(a, b, Ph(a), Ph(b), variants.GroupsOf(TextCleaner.FirstPart(a)), variants.GroupsOf(TextCleaner.FirstPart(b)), TextCleaner.FirstPart(a), TextCleaner.FirstPart(b)));
    }

    [Theory]
    [InlineData("SMITH", "SMITH", 6)]
    [InlineData("THOMPSON", "THOMSON", 5)]
    [InlineData("SMITH JONES", "JONES", 4)]
    [InlineData("SMITH", "SMYTH", 4)] // Jaro-Winkler 0.893
    [InlineData("SMITH", "SMYTHE", 2)] // Jaro-Winkler 0.858
    [InlineData("SMITH", "PATEL", 1)]
    public void Family_name_levels(string a, string b, int level) =>
        Assert.Equal(level, Comparators.Family(a, b, Nysiis.Encode(a).GetHashCode(StringComparison.Ordinal), Nysiis.Encode(b).GetHashCode(StringComparison.Ordinal), TextCleaner.LastPart(a), TextCleaner.LastPart(b)));

    [Fact]
    public void Forename_and_surname_swapped_is_recognised()
    {
        Assert.True(Comparators.Swapped("JAMES", "SMITH", "SMITH", "JAMES"));
        Assert.True(Comparators.Swapped("JAMES", "THOMPSON", "THOMSON", "JAMES"));
        Assert.False(Comparators.Swapped("JAMES", "SMITH", "JAMES", "SMITH"));
        Assert.False(Comparators.Swapped("JAMES", "", "", "JAMES"));
    }

    [Theory]
    [InlineData(20140307, 20140307, 5)]
    [InlineData(20140307, 20140308, 4)]
    [InlineData(20140307, 20150307, 4)]
    [InlineData(20140307, 20140703, 3)]
    [InlineData(20140307, 20141120, 2)]
    [InlineData(20140307, 20120918, 1)]
    [InlineData(0, 20120918, 0)]
    public void Date_of_birth_levels(int a, int b, int level) => Assert.Equal(level, Comparators.Dob(a, b));

    [Fact]
    public void Sex_levels()
    {
        Assert.Equal(2, Comparators.Sex(1, 1));
        Assert.Equal(1, Comparators.Sex(1, 2));
        Assert.Equal(0, Comparators.Sex(0, 2));
    }

    [Fact]
    public void Postcode_levels_use_sector_and_district()
    {
        Assert.Equal(4, Comparators.Postcode(1, 1, 10, 10, 20, 20));
        Assert.Equal(3, Comparators.Postcode(1, 2, 10, 10, 20, 20));
        Assert.Equal(2, Comparators.Postcode(1, 2, 10, 11, 20, 20));
        Assert.Equal(1, Comparators.Postcode(1, 2, 10, 11, 20, 21));
        Assert.Equal(0, Comparators.Postcode(0, 2, 0, 11, 0, 21));
    }

    [Fact]
    public void Address_and_text_levels()
    {
        Assert.Equal(4, Comparators.Address("12 OAK ROAD", "12 OAK ROAD"));
        Assert.Equal(3, Comparators.Address("12 OAK ROAD", "12 OAK RAOD"));
        Assert.Equal(1, Comparators.Address("12 OAK ROAD", "7 CASTLE WAY"));
        Assert.Equal(0, Comparators.Address("", "7 CASTLE WAY"));
        Assert.Equal(3, Comparators.Text("LEEDS", "LEEDS"));
        Assert.Equal(2, Comparators.Text("BIRMINGHAM", "BIRMINGHAIM"));
        Assert.Equal(1, Comparators.Text("LEEDS", "BRISTOL"));
    }
}
