using System.Text.Json.Serialization;
using Tessera.GovUk.Json;

namespace Tessera.GovUk;

/// <summary>Params of govukTag.</summary>
public class TagOptions
{
    public string? Text { get; set; }
    public string? Html { get; set; }
    public string? Classes { get; set; }

    [JsonConverter(typeof(AttributesJsonConverter))]
    public IDictionary<string, string?>? Attributes { get; set; }
}

/// <summary>Params of govukBackLink.</summary>
public class BackLinkOptions
{
    /// <summary>Link text; defaults to "Back".</summary>
    public string? Text { get; set; }

    public string? Html { get; set; }

    /// <summary>Defaults to "#".</summary>
    public string? Href { get; set; }

    public string? Classes { get; set; }

    [JsonConverter(typeof(AttributesJsonConverter))]
    public IDictionary<string, string?>? Attributes { get; set; }
}

/// <summary>Params of govukSkipLink.</summary>
public class SkipLinkOptions
{
    public string? Text { get; set; }
    public string? Html { get; set; }

    /// <summary>Defaults to "#content".</summary>
    public string? Href { get; set; }

    public string? Classes { get; set; }

    [JsonConverter(typeof(AttributesJsonConverter))]
    public IDictionary<string, string?>? Attributes { get; set; }
}

/// <summary>Params of govukInsetText.</summary>
public class InsetTextOptions
{
    public string? Text { get; set; }
    public string? Html { get; set; }
    public string? Id { get; set; }
    public string? Classes { get; set; }

    [JsonConverter(typeof(AttributesJsonConverter))]
    public IDictionary<string, string?>? Attributes { get; set; }
}

/// <summary>Params of govukWarningText.</summary>
public class WarningTextOptions
{
    public string? Text { get; set; }
    public string? Html { get; set; }

    /// <summary>Visually hidden text before the warning; defaults to "Warning".</summary>
    public string? IconFallbackText { get; set; }

    public string? Classes { get; set; }

    [JsonConverter(typeof(AttributesJsonConverter))]
    public IDictionary<string, string?>? Attributes { get; set; }
}

/// <summary>Params of govukDetails.</summary>
public class DetailsOptions
{
    public string? SummaryText { get; set; }
    public string? SummaryHtml { get; set; }
    public string? Text { get; set; }
    public string? Html { get; set; }
    public string? Id { get; set; }
    public bool Open { get; set; }
    public string? Classes { get; set; }

    [JsonConverter(typeof(AttributesJsonConverter))]
    public IDictionary<string, string?>? Attributes { get; set; }
}

/// <summary>Params of govukPhaseBanner.</summary>
public class PhaseBannerOptions
{
    public string? Text { get; set; }
    public string? Html { get; set; }
    public TagOptions? Tag { get; set; }
    public string? Classes { get; set; }

    [JsonConverter(typeof(AttributesJsonConverter))]
    public IDictionary<string, string?>? Attributes { get; set; }
}
