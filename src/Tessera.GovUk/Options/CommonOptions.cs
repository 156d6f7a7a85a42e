using System.Text.Json.Serialization;
using Tessera.GovUk.Json;

namespace Tessera.GovUk;

/// <summary>A `{ text, html }` pair: Text is HTML-encoded, Html is inserted as is.</summary>
public class TextHtmlOptions
{
    public string? Text { get; set; }
    public string? Html { get; set; }
}

/// <summary>The `formGroup` param of single-field components (input, textarea, select, character count).</summary>
public class FormGroupOptions
{
    public string? Classes { get; set; }

    [JsonConverter(typeof(AttributesJsonConverter))]
    public IDictionary<string, string?>? Attributes { get; set; }

    public TextHtmlOptions? BeforeInput { get; set; }
    public TextHtmlOptions? AfterInput { get; set; }
}

/// <summary>The `formGroup` param of multi-field components (radios, checkboxes, date input).</summary>
public class FormGroupInputsOptions
{
    public string? Classes { get; set; }

    [JsonConverter(typeof(AttributesJsonConverter))]
    public IDictionary<string, string?>? Attributes { get; set; }

    public TextHtmlOptions? BeforeInputs { get; set; }
    public TextHtmlOptions? AfterInputs { get; set; }
}

/// <summary>Classes and attributes for a wrapper element or an affix.</summary>
public class ElementOptions
{
    public string? Classes { get; set; }

    [JsonConverter(typeof(AttributesJsonConverter))]
    public IDictionary<string, string?>? Attributes { get; set; }
}
