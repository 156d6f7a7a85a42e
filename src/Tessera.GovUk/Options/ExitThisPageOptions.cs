using System.Text.Json.Serialization;
using Tessera.GovUk.Json;

namespace Tessera.GovUk;

/// <summary>Params of govukExitThisPage.</summary>
public class ExitThisPageOptions
{
    /// <summary>Button text; defaults to "Emergency Exit this page" (with "Emergency" visually hidden).</summary>
    public string? Text { get; set; }

    public string? Html { get; set; }

    /// <summary>Where the button goes; defaults to the BBC weather page.</summary>
    public string? RedirectUrl { get; set; }

    public string? Id { get; set; }
    public string? Classes { get; set; }

    [JsonConverter(typeof(AttributesJsonConverter))]
    public IDictionary<string, string?>? Attributes { get; set; }

    public string? ActivatedText { get; set; }
    public string? TimedOutText { get; set; }
    public string? PressTwoMoreTimesText { get; set; }
    public string? PressOneMoreTimeText { get; set; }
}
