using System.Text.Json.Serialization;
using Tessera.GovUk.Json;

namespace Tessera.GovUk;

/// <summary>Params of govukCharacterCount.</summary>
public class CharacterCountOptions
{
    public string? Id { get; set; }
    public string? Name { get; set; }

    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
    public int? Rows { get; set; }

    public string? Value { get; set; }

    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
    public int? Maxlength { get; set; }

    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
    public int? Maxwords { get; set; }

    /// <summary>Percentage of the limit at which the count message appears.</summary>
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
    public int? Threshold { get; set; }

    /// <summary>"words" or "characters"; defaults to words when Maxwords is set.</summary>
    public string? CountType { get; set; }

    public LabelOptions? Label { get; set; }
    public HintOptions? Hint { get; set; }
    public ErrorMessageOptions? ErrorMessage { get; set; }
    public FormGroupOptions? FormGroup { get; set; }
    public string? Classes { get; set; }

    [JsonConverter(typeof(AttributesJsonConverter))]
    public IDictionary<string, string?>? Attributes { get; set; }

    public bool? Spellcheck { get; set; }
    public ElementOptions? CountMessage { get; set; }

    /// <summary>Description read with the textarea; "%{count}" is replaced by the limit.</summary>
    public string? TextareaDescriptionText { get; set; }

    /// <summary>Plural forms keyed by plural rule ("one", "other", ...).</summary>
    public IDictionary<string, string>? CharactersUnderLimitText { get; set; }

    public string? CharactersAtLimitText { get; set; }
    public IDictionary<string, string>? CharactersOverLimitText { get; set; }
    public IDictionary<string, string>? WordsUnderLimitText { get; set; }
    public string? WordsAtLimitText { get; set; }
    public IDictionary<string, string>? WordsOverLimitText { get; set; }
}
