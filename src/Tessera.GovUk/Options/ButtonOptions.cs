using System.Text.Json.Serialization;
using Tessera.GovUk.Json;

namespace Tessera.GovUk;

/// <summary>Params of govukButton.</summary>
public class ButtonOptions
{
    public string? Text { get; set; }
    public string? Html { get; set; }

    /// <summary>Button type; defaults to "submit".</summary>
    public string? Type { get; set; }

    public string? Name { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? Value { get; set; }

    public bool Disabled { get; set; }

    /// <summary>When set, renders a link styled as a button instead of a &lt;button&gt;.</summary>
    public string? Href { get; set; }

    public string? Classes { get; set; }

    [JsonConverter(typeof(AttributesJsonConverter))]
    public IDictionary<string, string?>? Attributes { get; set; }

    /// <summary>Null leaves the data-prevent-double-click attribute out.</summary>
    public bool? PreventDoubleClick { get; set; }

    public bool IsStartButton { get; set; }
    public string? Id { get; set; }
}
