namespace Tessera.GovUk.Tests;

/// <summary>Guards the comparison itself: it must ignore formatting but catch real differences.</summary>
public class ComparisonTests
{
    [Theory]
    [InlineData("<p class=\"a b\" id=\"x\">\n  Hi\n</p>", "<p id=\"x\" class=\"b a\">Hi</p>")]
    [InlineData("<div>\n  <span>a</span>\n</div>", "<div><span>a</span></div>")]
    public void Ignores_formatting(string expected, string actual) =>
        Assert.Empty(FixtureSupport.Differences(expected, actual));

    [Theory]
    [InlineData("<p>Hi</p>", "<p>Hello</p>")]
    [InlineData("<p class=\"a\">Hi</p>", "<p class=\"b\">Hi</p>")]
    [InlineData("<p>Hi</p>", "<p hidden>Hi</p>")]
    [InlineData("<p><span>a</span></p>", "<p>a</p>")]
    [InlineData("<p>a &amp; b</p>", "<p>a &amp;amp; b</p>")]
    [InlineData("<p>a</p>", "<p>a</p><p>b</p>")]
    [InlineData("<p>a</p><p>b</p>", "<p>a</p>")]
    public void Catches_differences(string expected, string actual) =>
        Assert.NotEmpty(FixtureSupport.Differences(expected, actual));
}
