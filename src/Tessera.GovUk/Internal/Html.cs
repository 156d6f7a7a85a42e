using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Tessera.GovUk.Internal;

/// <summary>Small helpers that mirror the Nunjucks behaviour the GOV.UK templates rely on.</summary>
internal static class Html
{
    /// <summary>HTML-encodes like Nunjucks' autoescape (&amp; &lt; &gt; &quot; &#39;), leaving other characters as they are.</summary>
    public static string E(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return value ?? string.Empty;
        }

        var sb = new StringBuilder(value.Length + 16);
        foreach (var c in value)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }

    public static bool Has([NotNullWhen(true)] string? value) => !string.IsNullOrEmpty(value);

    /// <summary>Raw (trimmed) HTML when given, otherwise the encoded text: the templates' `html | safe | trim if html else text`.</summary>
    public static string Content(string? html, string? text) => Has(html) ? html.Trim() : E(text);

    /// <summary>Raw (untrimmed) HTML when given, otherwise the encoded text.</summary>
    public static string RawContent(string? html, string? text) => Has(html) ? html : E(text);

    /// <summary>` name="value"` when value is non-empty, else nothing.</summary>
    public static string Attr(string name, string? value) => Has(value) ? $" {name}=\"{E(value)}\"" : string.Empty;

    /// <summary>Joins a base class with optional extra classes, skipping empty ones.</summary>
    public static string Classes(string baseClass, params string?[] extra)
    {
        var sb = new StringBuilder(baseClass);
        foreach (var c in extra)
        {
            if (Has(c))
            {
                sb.Append(' ').Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// Renders the `attributes` param like govukAttributes: ` name="value"` per entry, and a bare ` name`
    /// for a null value (a boolean attribute, which is what `{ value: true, optional: true }` produces).
    /// </summary>
    public static string Attrs(IDictionary<string, string?>? attributes)
    {
        if (attributes is null || attributes.Count == 0)
        {
            return string.Empty;
        }

        var sb = new StringBuilder();
        foreach (var (name, value) in attributes)
        {
            sb.Append(' ').Append(E(name));
            if (value is not null)
            {
                sb.Append("=\"").Append(E(value)).Append('"');
            }
        }

        return sb.ToString();
    }

    /// <summary>Nunjucks' `capitalize` filter: first character upper case, the rest lower case.</summary>
    public static string Capitalize(string? value) =>
        string.IsNullOrEmpty(value) ? string.Empty : char.ToUpperInvariant(value[0]) + value[1..].ToLowerInvariant();

    /// <summary>Appends a space-separated id to an aria-describedby list.</summary>
    public static string AddId(string? list, string id) => Has(list) ? list + " " + id : id;
}
