using Microsoft.AspNetCore.Mvc.Rendering;

namespace Tessera.GovUk.Tests;

public class HtmlHelperExtensionTests
{
    // The extensions don't use the helper itself, so no Razor view context is needed.
    private static readonly IHtmlHelper Html = null!;

    [Fact]
    public void Extensions_return_the_component_html_unencoded()
    {
        var options = new InputOptions { Name = "email", Label = new LabelOptions { Text = "Email <address>" } };
        var content = Html.GovUkInput(options);
        using var writer = new StringWriter();
        content.WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        Assert.Equal(GovUkComponents.Input(options), writer.ToString());
        Assert.Contains("Email &lt;address&gt;", writer.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_component_has_an_extension()
    {
        var components = typeof(GovUkComponents).GetMethods().Where(m => m.IsStatic && m.ReturnType == typeof(string)).Select(m => "GovUk" + m.Name);
        var extensions = typeof(GovUkHtmlHelperExtensions).GetMethods().Select(m => m.Name).ToHashSet();
        Assert.All(components, name => Assert.Contains(name, extensions));
    }

    [Fact]
    public void Text_is_encoded_and_html_is_raw()
    {
        Assert.Contains("a &amp; &lt;b&gt;", GovUkComponents.Tag(new TagOptions { Text = "a & <b>" }), StringComparison.Ordinal);
        Assert.Contains("a & <b>x</b>", GovUkComponents.Tag(new TagOptions { Html = "a & <b>x</b>" }), StringComparison.Ordinal);
    }

    [Fact]
    public void Optional_boolean_attribute_renders_bare()
    {
        var html = GovUkComponents.Tag(new TagOptions { Text = "x", Attributes = new Dictionary<string, string?> { ["hidden"] = null, ["data-x"] = "1" } });
        Assert.StartsWith("<strong class=\"govuk-tag\" hidden data-x=\"1\">", html, StringComparison.Ordinal);
    }
}
