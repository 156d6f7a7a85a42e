using Tessera.Core.Modules.Children.Identifiers;

namespace Tessera.Core.Tests.Children;

public class IdentifierTests
{
    [Theory]
    [InlineData("9434765919")]
    [InlineData("943 476 5919")]
    [InlineData("943-476-5919")]
    [InlineData("4010232137")]
    public void Valid_NHS_numbers_pass_the_modulus_11_check(string value) => Assert.True(NhsNumber.IsValid(value));

    [Theory]
    [InlineData("9434765918")] // wrong check digit
    [InlineData("943476591")] // nine digits
    [InlineData("94347659190")] // eleven digits
    [InlineData("94347659l9")] // a letter
    [InlineData("")]
    [InlineData(null)]
    [InlineData("1000000010")] // remainder 1 gives check 10: no valid number exists
    public void Invalid_NHS_numbers_are_refused(string? value) => Assert.False(NhsNumber.IsValid(value));

    [Fact]
    public void Check_digit_edge_cases()
    {
        // 1*10 + 1*2 = 12, remainder 1, 11 - 1 = 10: no check digit can make this stem valid.
        Assert.Null(NhsNumber.CheckDigit("100000001"));

        // Sum 0, 11 - 0 = 11, which becomes 0.
        Assert.Equal(0, NhsNumber.CheckDigit("000000000"));
    }

    [Theory]
    [InlineData("B123456789012", false)] // the right letter is A
    public void Upn_with_wrong_check_letter_is_refused(string value, bool expected) =>
        Assert.Equal(expected, UniquePupilNumber.IsValid(value));

    [Fact]
    public void Upn_check_letter_round_trips()
    {
        var body = "820200115001";
        var letter = UniquePupilNumber.CheckLetter(body);
        Assert.NotNull(letter);
        Assert.True(UniquePupilNumber.IsValid($"{letter}{body}"));
        Assert.True(UniquePupilNumber.IsValid($"{char.ToLowerInvariant(letter!.Value)}{body}"));
        var wrong = letter == 'A' ? 'B' : 'A';
        Assert.False(UniquePupilNumber.IsValid($"{wrong}{body}"));
    }

    [Fact]
    public void Upn_check_letter_follows_the_DfE_weights()
    {
        // Weights 2..13 over the twelve characters; sum mod 23 indexes ABCDEFGHJKLMNPQRTUVWXYZ.
        var body = "000000000001"; // 1 * 13 = 13 → 'P'
        Assert.Equal('P', UniquePupilNumber.CheckLetter(body));
        var temporary = "00000000000A"; // A is worth 0 → sum 0 → 'A'
        Assert.Equal('A', UniquePupilNumber.CheckLetter(temporary));
    }

    [Theory]
    [InlineData("A12345678901")]
    [InlineData("A1234567890123")]
    [InlineData("A12345678X012")]
    public void Malformed_upns_are_refused(string value) => Assert.False(UniquePupilNumber.IsValid(value));
}
