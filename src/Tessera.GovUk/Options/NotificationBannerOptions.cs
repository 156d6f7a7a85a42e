using System.Text.Json.Serialization;
using Tessera.GovUk.Json;

namespace Tessera.GovUk;

/// <summary>Params of govukNotificationBanner.</summary>
public class NotificationBannerOptions
{
    /// <summary>Shown as a heading-styled paragraph.</summary>
    public string? Text { get; set; }

    public string? Html { get; set; }

    /// <summary>Defaults to "Important", or "Success" for the success type.</summary>
    public string? TitleText { get; set; }

    public string? TitleHtml { get; set; }

    /// <summary>Heading level of the title; defaults to 2.</summary>
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
    public int? TitleHeadingLevel { get; set; }

    /// <summary>"success" or null.</summary>
    public string? Type { get; set; }

    /// <summary>Defaults to "alert" for success banners and "region" otherwise.</summary>
    public string? Role { get; set; }

    /// <summary>Defaults to "govuk-notification-banner-title".</summary>
    public string? TitleId { get; set; }

    public bool? DisableAutoFocus { get; set; }
    public string? Classes { get; set; }

    [JsonConverter(typeof(AttributesJsonConverter))]
    public IDictionary<string, string?>? Attributes { get; set; }
}
