using System.Text.Json.Serialization;
using Tessera.GovUk.Json;

namespace Tessera.GovUk;

/// <summary>Params of govukErrorMessage.</summary>
public class ErrorMessageOptions
{
    public string? Text { get; set; }
    public string? Html { get; set; }
    public string? Id { get; set; }
    public string? Classes { get; set; }

    [JsonConverter(typeof(AttributesJsonConverter))]
    public IDictionary<string, string?>? Attributes { get; set; }

    /// <summary>Prefix read out before the message; null means "Error", empty (or JSON false) means none.</summary>
    [JsonConverter(typeof(FalseAsEmptyStringConverter))]
    public string? VisuallyHiddenText { get; set; }
}
