using System.Text.Json.Serialization;
using Tessera.GovUk.Json;

namespace Tessera.GovUk;

/// <summary>Params of govukSummaryList.</summary>
public class SummaryListOptions
{
    [JsonConverter(typeof(FalsyItemListConverter<SummaryListRow>))]
    public IList<SummaryListRow?>? Rows { get; set; }

    /// <summary>Wraps the list in a summary card when set.</summary>
    public SummaryCardOptions? Card { get; set; }

    public string? Classes { get; set; }

    [JsonConverter(typeof(AttributesJsonConverter))]
    public IDictionary<string, string?>? Attributes { get; set; }
}

public class SummaryListRow
{
    public string? Classes { get; set; }
    public SummaryListCell? Key { get; set; }
    public SummaryListCell? Value { get; set; }
    public SummaryListActions? Actions { get; set; }
}

public class SummaryListCell
{
    public string? Text { get; set; }
    public string? Html { get; set; }
    public string? Classes { get; set; }
}

public class SummaryListActions
{
    public IList<SummaryListAction>? Items { get; set; }
    public string? Classes { get; set; }
}

public class SummaryListAction
{
    public string? Href { get; set; }
    public string? Text { get; set; }
    public string? Html { get; set; }

    /// <summary>Appended, visually hidden, to the link text (e.g. "name" for "Change name").</summary>
    public string? VisuallyHiddenText { get; set; }

    public string? Classes { get; set; }

    [JsonConverter(typeof(AttributesJsonConverter))]
    public IDictionary<string, string?>? Attributes { get; set; }
}

public class SummaryCardOptions
{
    public SummaryCardTitle? Title { get; set; }
    public SummaryListActions? Actions { get; set; }
    public string? Classes { get; set; }

    [JsonConverter(typeof(AttributesJsonConverter))]
    public IDictionary<string, string?>? Attributes { get; set; }
}

public class SummaryCardTitle
{
    public string? Text { get; set; }
    public string? Html { get; set; }

    /// <summary>Defaults to 2.</summary>
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
    public int? HeadingLevel { get; set; }

    public string? Classes { get; set; }
}
