using System.Text.Json.Serialization;
using Tessera.GovUk.Json;

namespace Tessera.GovUk;

/// <summary>Params of govukHeader.</summary>
public class HeaderOptions
{
    /// <summary>Where the GOV.UK logo links to; defaults to "//gov.uk".</summary>
    public string? HomepageUrl { get; set; }

    public string? ProductName { get; set; }

    /// <summary>Defaults to "govuk-width-container".</summary>
    public string? ContainerClasses { get; set; }

    public string? Classes { get; set; }

    [JsonConverter(typeof(AttributesJsonConverter))]
    public IDictionary<string, string?>? Attributes { get; set; }
}
