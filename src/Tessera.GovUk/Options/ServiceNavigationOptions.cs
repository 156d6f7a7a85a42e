using System.Text.Json;
using System.Text.Json.Serialization;
using Tessera.GovUk.Json;

namespace Tessera.GovUk;

/// <summary>Params of govukServiceNavigation.</summary>
public class ServiceNavigationOptions
{
    public string? Classes { get; set; }

    [JsonConverter(typeof(AttributesJsonConverter))]
    public IDictionary<string, string?>? Attributes { get; set; }

    /// <summary>aria-label of the section; defaults to "Service information".</summary>
    public string? AriaLabel { get; set; }

    /// <summary>Text of the mobile menu button; defaults to "Menu".</summary>
    public string? MenuButtonText { get; set; }

    public string? MenuButtonLabel { get; set; }

    /// <summary>aria-label of the nav; defaults to MenuButtonText.</summary>
    public string? NavigationLabel { get; set; }

    /// <summary>Defaults to "navigation".</summary>
    public string? NavigationId { get; set; }

    public string? NavigationClasses { get; set; }

    /// <summary>Null collapses the navigation on mobile when it has more than one item.</summary>
    public bool? CollapseNavigationOnMobile { get; set; }

    public string? ServiceName { get; set; }
    public string? ServiceUrl { get; set; }

    [JsonConverter(typeof(FalsyItemListConverter<ServiceNavigationItem>))]
    public IList<ServiceNavigationItem?>? Navigation { get; set; }

    public ServiceNavigationSlots? Slots { get; set; }
}

public class ServiceNavigationItem
{
    /// <summary>The current page (aria-current="page").</summary>
    public bool Current { get; set; }

    /// <summary>In the current section (aria-current="true").</summary>
    public bool Active { get; set; }

    public string? Html { get; set; }
    public string? Text { get; set; }
    public string? Href { get; set; }

    [JsonConverter(typeof(AttributesJsonConverter))]
    public IDictionary<string, string?>? Attributes { get; set; }
}

/// <summary>Raw HTML injected at fixed points of the service navigation.</summary>
public class ServiceNavigationSlots
{
    public string? Start { get; set; }

    /// <summary>In JSON either an HTML string or `{ html, align }`.</summary>
    [JsonConverter(typeof(ServiceNavigationEndSlotConverter))]
    public ServiceNavigationEndSlot? End { get; set; }

    public string? NavigationStart { get; set; }
    public string? NavigationEnd { get; set; }
}

public class ServiceNavigationEndSlot
{
    public string? Html { get; set; }

    /// <summary>"inline" keeps the slot on the same line as the navigation.</summary>
    public string? Align { get; set; }
}

/// <summary>Reads `slots.end`, which may be an HTML string or an object.</summary>
public sealed class ServiceNavigationEndSlotConverter : JsonConverter<ServiceNavigationEndSlot?>
{
    public override ServiceNavigationEndSlot? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? new ServiceNavigationEndSlot { Html = reader.GetString() }
            : JsonSerializer.Deserialize<ServiceNavigationEndSlot>(ref reader, options);

    public override void Write(Utf8JsonWriter writer, ServiceNavigationEndSlot? value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, options);
}
