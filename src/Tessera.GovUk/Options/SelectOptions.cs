using System.Text.Json.Serialization;
using Tessera.GovUk.Json;

namespace Tessera.GovUk;

/// <summary>Params of govukSelect.</summary>
public class SelectOptions
{
    public string? Id { get; set; }
    public string? Name { get; set; }

    [JsonConverter(typeof(FalsyItemListConverter<SelectItem>))]
    public IList<SelectItem?>? Items { get; set; }

    /// <summary>Selects the item whose value (or text, when it has no value) equals this.</summary>
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Value { get; set; }

    public bool Disabled { get; set; }
    public string? DescribedBy { get; set; }
    public LabelOptions? Label { get; set; }
    public HintOptions? Hint { get; set; }
    public ErrorMessageOptions? ErrorMessage { get; set; }
    public FormGroupOptions? FormGroup { get; set; }
    public string? Classes { get; set; }

    [JsonConverter(typeof(AttributesJsonConverter))]
    public IDictionary<string, string?>? Attributes { get; set; }
}

public class SelectItem
{
    /// <summary>Null leaves the value attribute out (the browser then submits the text).</summary>
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Value { get; set; }

    public string? Text { get; set; }

    /// <summary>Null selects by comparing with <see cref="SelectOptions.Value"/>; false never selects.</summary>
    public bool? Selected { get; set; }

    public bool Disabled { get; set; }

    [JsonConverter(typeof(AttributesJsonConverter))]
    public IDictionary<string, string?>? Attributes { get; set; }
}
