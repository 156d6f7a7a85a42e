using System.Text.Json.Serialization;
using Tessera.GovUk.Json;

namespace Tessera.GovUk;

/// <summary>Params of govukCheckboxes.</summary>
public class CheckboxesOptions
{
    public string? DescribedBy { get; set; }

    /// <summary>Wraps the checkboxes in a fieldset when set.</summary>
    public FieldsetOptions? Fieldset { get; set; }

    public HintOptions? Hint { get; set; }
    public ErrorMessageOptions? ErrorMessage { get; set; }
    public FormGroupInputsOptions? FormGroup { get; set; }

    /// <summary>Prefix for item ids; defaults to Name.</summary>
    public string? IdPrefix { get; set; }

    public string? Name { get; set; }

    [JsonConverter(typeof(FalsyItemListConverter<CheckboxesItem>))]
    public IList<CheckboxesItem?>? Items { get; set; }

    /// <summary>Checks the items with these values.</summary>
    [JsonConverter(typeof(LenientStringListConverter))]
    public IList<string?>? Values { get; set; }

    public string? Classes { get; set; }

    [JsonConverter(typeof(AttributesJsonConverter))]
    public IDictionary<string, string?>? Attributes { get; set; }
}

public class CheckboxesItem : ChoiceItem
{
    /// <summary>Overrides the component's Name for this item.</summary>
    public string? Name { get; set; }

    /// <summary>"exclusive" makes this item untick all others (e.g. "None of these").</summary>
    public string? Behaviour { get; set; }
}
