using System.Text.Json.Serialization;
using Tessera.GovUk.Json;

namespace Tessera.GovUk;

/// <summary>Params of govukTextarea.</summary>
public class TextareaOptions
{
    public string? Id { get; set; }
    public string? Name { get; set; }

    /// <summary>Null leaves the spellcheck attribute out.</summary>
    public bool? Spellcheck { get; set; }

    /// <summary>Number of rows; defaults to 5.</summary>
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
    public int? Rows { get; set; }

    public string? Value { get; set; }
    public bool Disabled { get; set; }
    public string? DescribedBy { get; set; }
    public LabelOptions? Label { get; set; }
    public HintOptions? Hint { get; set; }
    public ErrorMessageOptions? ErrorMessage { get; set; }
    public FormGroupOptions? FormGroup { get; set; }
    public string? Classes { get; set; }
    public string? Autocomplete { get; set; }

    [JsonConverter(typeof(AttributesJsonConverter))]
    public IDictionary<string, string?>? Attributes { get; set; }
}
