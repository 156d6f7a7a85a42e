using System.Text.Json.Serialization;
using Tessera.GovUk.Json;

namespace Tessera.GovUk;

/// <summary>Params of govukRadios.</summary>
public class RadiosOptions
{
    /// <summary>Wraps the radios in a fieldset when set.</summary>
    public FieldsetOptions? Fieldset { get; set; }

    public HintOptions? Hint { get; set; }
    public ErrorMessageOptions? ErrorMessage { get; set; }
    public FormGroupInputsOptions? FormGroup { get; set; }

    /// <summary>Prefix for item ids; defaults to Name.</summary>
    public string? IdPrefix { get; set; }

    public string? Name { get; set; }

    [JsonConverter(typeof(FalsyItemListConverter<RadiosItem>))]
    public IList<RadiosItem?>? Items { get; set; }

    /// <summary>Checks the item with this value.</summary>
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Value { get; set; }

    public string? Classes { get; set; }

    [JsonConverter(typeof(AttributesJsonConverter))]
    public IDictionary<string, string?>? Attributes { get; set; }
}

public class RadiosItem : ChoiceItem
{
}
