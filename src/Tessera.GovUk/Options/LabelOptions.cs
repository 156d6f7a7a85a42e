using System.Text.Json.Serialization;
using Tessera.GovUk.Json;

namespace Tessera.GovUk;

/// <summary>Params of govukLabel.</summary>
public class LabelOptions
{
    public string? Text { get; set; }
    public string? Html { get; set; }
    public string? For { get; set; }
    public bool IsPageHeading { get; set; }
    public string? Classes { get; set; }

    [JsonConverter(typeof(AttributesJsonConverter))]
    public IDictionary<string, string?>? Attributes { get; set; }
}
