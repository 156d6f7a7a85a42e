using System.Text.Json;
using System.Text.Json.Serialization;
using Tessera.GovUk.Json;

namespace Tessera.GovUk;

/// <summary>Params of govukFooter.</summary>
public class FooterOptions
{
    public FooterMeta? Meta { get; set; }
    public IList<FooterNavigation>? Navigation { get; set; }

    /// <summary>Replaces the Open Government Licence text; Hidden (Nunjucks `null`) removes the licence.</summary>
    [JsonConverter(typeof(FooterContentLicenceConverter))]
    public FooterContentLicence? ContentLicence { get; set; }

    /// <summary>Replaces "© Crown copyright".</summary>
    public TextHtmlOptions? Copyright { get; set; }

    public string? ContainerClasses { get; set; }
    public string? Classes { get; set; }

    [JsonConverter(typeof(AttributesJsonConverter))]
    public IDictionary<string, string?>? Attributes { get; set; }
}

public class FooterMeta
{
    /// <summary>Hidden heading for the links; defaults to "Support links".</summary>
    public string? VisuallyHiddenTitle { get; set; }

    public string? Html { get; set; }
    public string? Text { get; set; }
    public IList<FooterLink>? Items { get; set; }
}

public class FooterNavigation
{
    public string? Title { get; set; }

    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
    public int? Columns { get; set; }

    /// <summary>Grid width such as "two-thirds"; defaults to "full".</summary>
    public string? Width { get; set; }

    public IList<FooterLink>? Items { get; set; }
}

public class FooterLink
{
    public string? Text { get; set; }
    public string? Href { get; set; }

    [JsonConverter(typeof(AttributesJsonConverter))]
    public IDictionary<string, string?>? Attributes { get; set; }
}

public class FooterContentLicence
{
    public string? Text { get; set; }
    public string? Html { get; set; }

    /// <summary>Leaves the licence logo and text out.</summary>
    public bool Hidden { get; set; }
}

/// <summary>Reads `contentLicence`, where an explicit null hides the licence.</summary>
public sealed class FooterContentLicenceConverter : JsonConverter<FooterContentLicence?>
{
    public override bool HandleNull => true;

    public override FooterContentLicence? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null
            ? new FooterContentLicence { Hidden = true }
            : JsonSerializer.Deserialize<FooterContentLicence>(ref reader, options);

    public override void Write(Utf8JsonWriter writer, FooterContentLicence? value, JsonSerializerOptions options)
    {
        if (value is null || value.Hidden)
        {
            writer.WriteNullValue();
        }
        else
        {
            JsonSerializer.Serialize(writer, value, options);
        }
    }
}
