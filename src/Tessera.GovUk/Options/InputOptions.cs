using System.Text.Json.Serialization;
using Tessera.GovUk.Json;

namespace Tessera.GovUk;

/// <summary>Params of govukInput.</summary>
public class InputOptions
{
    public string? Id { get; set; }
    public string? Name { get; set; }

    /// <summary>Input type; defaults to "text".</summary>
    public string? Type { get; set; }

    public string? Inputmode { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? Value { get; set; }

    public bool Disabled { get; set; }
    public string? DescribedBy { get; set; }
    public LabelOptions? Label { get; set; }
    public HintOptions? Hint { get; set; }
    public ErrorMessageOptions? ErrorMessage { get; set; }
    public InputAffixOptions? Prefix { get; set; }
    public InputAffixOptions? Suffix { get; set; }
    public FormGroupOptions? FormGroup { get; set; }
    public string? Classes { get; set; }
    public string? Autocomplete { get; set; }
    public string? Pattern { get; set; }

    /// <summary>Null leaves the spellcheck attribute out.</summary>
    public bool? Spellcheck { get; set; }

    public string? Autocapitalize { get; set; }
    public ElementOptions? InputWrapper { get; set; }

    [JsonConverter(typeof(AttributesJsonConverter))]
    public IDictionary<string, string?>? Attributes { get; set; }
}

/// <summary>The `prefix`/`suffix` param of govukInput.</summary>
public class InputAffixOptions
{
    public string? Text { get; set; }
    public string? Html { get; set; }
    public string? Classes { get; set; }

    [JsonConverter(typeof(AttributesJsonConverter))]
    public IDictionary<string, string?>? Attributes { get; set; }
}
