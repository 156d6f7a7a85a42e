using System.Text.Json.Serialization;
using Tessera.GovUk.Json;

namespace Tessera.GovUk;

/// <summary>Params of govukPagination.</summary>
public class PaginationOptions
{
    /// <summary>Numbered pages; without them, Previous/Next render as the block style.</summary>
    [JsonConverter(typeof(FalsyItemListConverter<PaginationItem>))]
    public IList<PaginationItem?>? Items { get; set; }

    public PaginationLink? Previous { get; set; }
    public PaginationLink? Next { get; set; }

    /// <summary>aria-label of the nav; defaults to "Pagination".</summary>
    public string? LandmarkLabel { get; set; }

    public string? Classes { get; set; }

    [JsonConverter(typeof(AttributesJsonConverter))]
    public IDictionary<string, string?>? Attributes { get; set; }
}

public class PaginationItem
{
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Number { get; set; }

    /// <summary>aria-label of the link; defaults to "Page {Number}".</summary>
    public string? VisuallyHiddenText { get; set; }

    public string? Href { get; set; }
    public bool Current { get; set; }

    /// <summary>Renders "⋯" in place of a link.</summary>
    public bool Ellipsis { get; set; }

    [JsonConverter(typeof(AttributesJsonConverter))]
    public IDictionary<string, string?>? Attributes { get; set; }

    internal bool IsEmpty => Number is null && VisuallyHiddenText is null && Href is null && !Current && !Ellipsis && Attributes is null;
}

public class PaginationLink
{
    public string? Text { get; set; }
    public string? Html { get; set; }

    /// <summary>Extra label under the link text (block style only).</summary>
    public string? LabelText { get; set; }

    public string? Href { get; set; }

    [JsonConverter(typeof(AttributesJsonConverter))]
    public IDictionary<string, string?>? Attributes { get; set; }
}
