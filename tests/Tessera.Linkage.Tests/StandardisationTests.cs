using Tessera.Linkage.Standardisation;

namespace Tessera.Linkage.Tests;

public sealed class StandardisationTests
{
    [Theory]
    [InlineData("  mr. John  O'Brien ", "JOHN OBRIEN")]
    [InlineData("Zoë", "ZOE")]
    [InlineData("Smith-Jones", "SMITH JONES")]
    [InlineData("Baby Smith", "SMITH")]
    [InlineData("JAMES JNR", "JAMES")]
    [InlineData(null, "")]
    public void Names_are_cleaned(string? raw, string cleaned) => Assert.Equal(cleaned, TextCleaner.CleanName(raw));

    [Theory]
    [InlineData("sw1a1aa", "SW1A 1AA", "SW1A", "SW1A 1")]
    [InlineData(" M1 1AE ", "M1 1AE", "M1", "M1 1")]
    [InlineData("4011", "4011", "401", "4011")]
    public void Postcodes_are_normalised(string raw, string full, string district, string sector)
    {
        var postcode = Postcode.Parse(raw);
        Assert.Equal(full, postcode.Full);
        Assert.Equal(district, postcode.District);
        Assert.Equal(sector, postcode.Sector);
    }

    [Theory]
    [InlineData("2014-03-07", 20140307)]
    [InlineData("20140307", 20140307)]
    [InlineData("7/3/2014", 20140307)]
    [InlineData("07.03.14", 20140307)]
    [InlineData("7 March 2014", 20140307)]
    [InlineData("2014-03-07T00:00:00", 20140307)]
    public void Dates_are_parsed_tolerantly(string text, int expected)
    {
        Assert.Equal(expected, DateOfBirth.Parse(text, out var valid));
        Assert.True(valid);
    }

    [Theory]
    [InlineData("31/02/2014")]
    [InlineData("19729518")]
    [InlineData("not a date")]
    public void Impossible_dates_are_rejected(string text)
    {
        Assert.Equal(0, DateOfBirth.Parse(text, out var valid));
        Assert.False(valid);
    }

    [Fact]
    public void The_variant_table_has_at_least_500_names()
    {
        Assert.True(NameVariants.Default.NameCount >= 500, $"{NameVariants.Default.NameCount} names");
        Assert.True(NameVariants.Default.AreVariants("BILL", "WILLIAM"));
        Assert.True(NameVariants.Default.AreVariants("ALEX", "ALEXANDRA"));
        Assert.True(NameVariants.Default.AreVariants("ALEX", "ALEXANDER"));
        Assert.False(NameVariants.Default.AreVariants("WILLIAM", "MARGARET"));
    }
}
