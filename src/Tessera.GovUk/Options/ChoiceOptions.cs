using System.Text.Json.Serialization;
using Tessera.GovUk.Json;

namespace Tessera.GovUk;

/// <summary>The `label` param of a radio or checkbox item (its text comes from the item).</summary>
public class ItemLabelOptions
{
    public string? Classes { get; set; }

    [JsonConverter(typeof(AttributesJsonConverter))]
    public IDictionary<string, string?>? Attributes { get; set; }
}

/// <summary>Content revealed when a radio or checkbox item is selected.</summary>
public class ConditionalOptions
{
    [JsonConverter(typeof(FalsyStringConverter))]
    public string? Html { get; set; }
}

/// <summary>An item of govukRadios or govukCheckboxes.</summary>
public class ChoiceItem
{
    public string? Text { get; set; }
    public string? Html { get; set; }
    public string? Id { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? Value { get; set; }

    public ItemLabelOptions? Label { get; set; }
    public HintOptions? Hint { get; set; }

    /// <summary>When set, the item is a divider (e.g. "or") instead of an input.</summary>
    public string? Divider { get; set; }

    /// <summary>Null checks by comparing with the component's value(s); false never checks.</summary>
    public bool? Checked { get; set; }

    public ConditionalOptions? Conditional { get; set; }
    public bool Disabled { get; set; }

    [JsonConverter(typeof(AttributesJsonConverter))]
    public IDictionary<string, string?>? Attributes { get; set; }
}
