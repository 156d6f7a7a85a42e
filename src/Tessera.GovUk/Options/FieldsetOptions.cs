using System.Text.Json.Serialization;
using Tessera.GovUk.Json;

namespace Tessera.GovUk;

/// <summary>Params of govukFieldset.</summary>
public class FieldsetOptions
{
    public string? DescribedBy { get; set; }
    public LegendOptions? Legend { get; set; }
    public string? Classes { get; set; }
    public string? Role { get; set; }

    [JsonConverter(typeof(AttributesJsonConverter))]
    public IDictionary<string, string?>? Attributes { get; set; }

    /// <summary>Raw HTML placed inside the fieldset (the macro's `html`, or what `caller` would give).</summary>
    public string? Html { get; set; }
}

public class LegendOptions
{
    public string? Text { get; set; }
    public string? Html { get; set; }
    public string? Classes { get; set; }
    public bool IsPageHeading { get; set; }
}
