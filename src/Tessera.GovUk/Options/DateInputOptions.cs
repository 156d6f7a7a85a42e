using System.Text.Json;
using System.Text.Json.Serialization;
using Tessera.GovUk.Json;

namespace Tessera.GovUk;

/// <summary>Params of govukDateInput.</summary>
public class DateInputOptions
{
    /// <summary>Id of the date input; item ids default to "{Id}-{name}".</summary>
    public string? Id { get; set; }

    /// <summary>Prefix for item names ("{NamePrefix}-day").</summary>
    public string? NamePrefix { get; set; }

    /// <summary>Custom items; when empty, Day, Month and Year are used.</summary>
    [JsonConverter(typeof(FalsyItemListConverter<DateInputItem>))]
    public IList<DateInputItem?>? Items { get; set; }

    public HintOptions? Hint { get; set; }
    public ErrorMessageOptions? ErrorMessage { get; set; }
    public FormGroupInputsOptions? FormGroup { get; set; }
    public FieldsetOptions? Fieldset { get; set; }

    /// <summary>Overrides for the default day item; an item with Omit leaves the field out.</summary>
    [JsonConverter(typeof(DateInputFieldConverter))]
    public DateInputItem? Day { get; set; }

    [JsonConverter(typeof(DateInputFieldConverter))]
    public DateInputItem? Month { get; set; }

    [JsonConverter(typeof(DateInputFieldConverter))]
    public DateInputItem? Year { get; set; }

    /// <summary>Field values keyed by (prefixed) name, e.g. "day" or "dob-day".</summary>
    /// <remarks>Read with the attributes converter only because it turns numbers into text.</remarks>
    [JsonConverter(typeof(AttributesJsonConverter))]
    public IDictionary<string, string?>? Values { get; set; }

    public string? Classes { get; set; }

    [JsonConverter(typeof(AttributesJsonConverter))]
    public IDictionary<string, string?>? Attributes { get; set; }
}

public class DateInputItem
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? Label { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? Value { get; set; }

    /// <summary>Null: highlighted when the component has an error message and no item is marked as in error.</summary>
    public bool? Error { get; set; }

    public string? Autocomplete { get; set; }
    public string? Pattern { get; set; }

    /// <summary>Defaults to "numeric".</summary>
    public string? Inputmode { get; set; }

    public string? Classes { get; set; }

    [JsonConverter(typeof(AttributesJsonConverter))]
    public IDictionary<string, string?>? Attributes { get; set; }

    /// <summary>Leaves this default field out (Nunjucks `day: false`).</summary>
    public bool Omit { get; set; }
}

/// <summary>Reads `day`/`month`/`year`, where `false` (or null) means "leave this field out".</summary>
public sealed class DateInputFieldConverter : JsonConverter<DateInputItem?>
{
    public override bool HandleNull => true;

    public override DateInputItem? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            return JsonSerializer.Deserialize<DateInputItem>(ref reader, options);
        }

        reader.Skip();
        return new DateInputItem { Omit = true };
    }

    public override void Write(Utf8JsonWriter writer, DateInputItem? value, JsonSerializerOptions options)
    {
        if (value is null || value.Omit)
        {
            writer.WriteBooleanValue(false);
        }
        else
        {
            JsonSerializer.Serialize(writer, value, options);
        }
    }
}
