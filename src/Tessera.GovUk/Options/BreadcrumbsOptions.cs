using System.Text.Json.Serialization;
using Tessera.GovUk.Json;

namespace Tessera.GovUk;

/// <summary>Params of govukBreadcrumbs.</summary>
public class BreadcrumbsOptions
{
    public IList<BreadcrumbsItem>? Items { get; set; }
    public string? Classes { get; set; }
    public bool CollapseOnMobile { get; set; }

    [JsonConverter(typeof(AttributesJsonConverter))]
    public IDictionary<string, string?>? Attributes { get; set; }

    /// <summary>aria-label of the nav; defaults to "Breadcrumb".</summary>
    public string? LabelText { get; set; }
}

public class BreadcrumbsItem
{
    public string? Text { get; set; }
    public string? Html { get; set; }

    /// <summary>Without it the item is the current page.</summary>
    public string? Href { get; set; }

    [JsonConverter(typeof(AttributesJsonConverter))]
    public IDictionary<string, string?>? Attributes { get; set; }
}
