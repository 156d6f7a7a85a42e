using System.Text.Json.Serialization;
using Tessera.GovUk.Json;

namespace Tessera.GovUk;

/// <summary>Params of govukPanel.</summary>
public class PanelOptions
{
    public string? TitleText { get; set; }
    public string? TitleHtml { get; set; }

    /// <summary>Heading level of the title; defaults to 1.</summary>
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
    public int? HeadingLevel { get; set; }

    public string? Text { get; set; }
    public string? Html { get; set; }

    /// <summary>Add "govuk-panel--interruption" for the interruption variant (which can have actions).</summary>
    public string? Classes { get; set; }

    [JsonConverter(typeof(AttributesJsonConverter))]
    public IDictionary<string, string?>? Attributes { get; set; }

    /// <summary>Buttons or links, shown on interruption panels only.</summary>
    public PanelActionsOptions? Actions { get; set; }
}

public class PanelActionsOptions
{
    public IList<PanelAction>? Items { get; set; }
    public string? Classes { get; set; }

    [JsonConverter(typeof(AttributesJsonConverter))]
    public IDictionary<string, string?>? Attributes { get; set; }
}

public class PanelAction
{
    public string? Text { get; set; }

    /// <summary>Button type; "button" forces a button even with an Href.</summary>
    public string? Type { get; set; }

    /// <summary>Without it (or with Type "button") the action is a button; otherwise a link.</summary>
    public string? Href { get; set; }

    public string? Classes { get; set; }

    [JsonConverter(typeof(AttributesJsonConverter))]
    public IDictionary<string, string?>? Attributes { get; set; }
}
