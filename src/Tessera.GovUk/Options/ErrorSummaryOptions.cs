using System.Text.Json.Serialization;
using Tessera.GovUk.Json;

namespace Tessera.GovUk;

/// <summary>Params of govukErrorSummary.</summary>
public class ErrorSummaryOptions
{
    public string? TitleText { get; set; }
    public string? TitleHtml { get; set; }
    public string? DescriptionText { get; set; }
    public string? DescriptionHtml { get; set; }
    public IList<ErrorSummaryItem>? ErrorList { get; set; }

    /// <summary>Null leaves the data-disable-auto-focus attribute out.</summary>
    public bool? DisableAutoFocus { get; set; }

    public string? Classes { get; set; }

    [JsonConverter(typeof(AttributesJsonConverter))]
    public IDictionary<string, string?>? Attributes { get; set; }
}

public class ErrorSummaryItem
{
    /// <summary>Usually "#field-id"; without it the error is plain text.</summary>
    public string? Href { get; set; }

    public string? Text { get; set; }
    public string? Html { get; set; }

    [JsonConverter(typeof(AttributesJsonConverter))]
    public IDictionary<string, string?>? Attributes { get; set; }
}
