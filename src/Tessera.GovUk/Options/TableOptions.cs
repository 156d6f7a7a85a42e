using System.Text.Json.Serialization;
using Tessera.GovUk.Json;

namespace Tessera.GovUk;

/// <summary>Params of govukTable.</summary>
public class TableOptions
{
    /// <summary>Rows of cells; null rows are skipped.</summary>
    [JsonConverter(typeof(FalsyItemListConverter<IList<TableCell>>))]
    public IList<IList<TableCell>?>? Rows { get; set; }

    public IList<TableCell>? Head { get; set; }
    public string? Caption { get; set; }
    public string? CaptionClasses { get; set; }

    /// <summary>Renders the first cell of each row as a row header.</summary>
    public bool FirstCellIsHeader { get; set; }

    public string? Classes { get; set; }

    [JsonConverter(typeof(AttributesJsonConverter))]
    public IDictionary<string, string?>? Attributes { get; set; }
}

public class TableCell
{
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Text { get; set; }

    public string? Html { get; set; }

    /// <summary>"numeric" right-aligns the cell.</summary>
    public string? Format { get; set; }

    public string? Classes { get; set; }

    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
    public int? Colspan { get; set; }

    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
    public int? Rowspan { get; set; }

    [JsonConverter(typeof(AttributesJsonConverter))]
    public IDictionary<string, string?>? Attributes { get; set; }
}
