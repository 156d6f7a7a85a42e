using System.Text.Json;
using System.Text.Json.Serialization;

namespace Tessera.GovUk.Json;

/// <summary>
/// Reads a Nunjucks `attributes` object. Values may be strings, numbers, booleans or
/// `{ value, optional }` objects, as govukAttributes accepts:
/// <list type="bullet">
/// <item>plain values become their text (`true` → "true");</item>
/// <item>an optional attribute whose value is null/false is dropped;</item>
/// <item>an optional attribute whose value is `true` becomes a null value, which renders as a bare boolean attribute.</item>
/// </list>
/// </summary>
public sealed class AttributesJsonConverter : JsonConverter<IDictionary<string, string?>?>
{
    public override IDictionary<string, string?>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("Expected an attributes object.");
        }

        var result = new Dictionary<string, string?>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString()!;
            reader.Read();
            if (reader.TokenType == JsonTokenType.StartObject)
            {
                ReadOptionObject(ref reader, name, result);
            }
            else
            {
                // A non-optional null renders as name="" in Nunjucks.
                result[name] = LenientStringConverter.ReadValue(ref reader) ?? string.Empty;
            }
        }

        return result;
    }

    private static void ReadOptionObject(ref Utf8JsonReader reader, string name, Dictionary<string, string?> result)
    {
        string? value = null;
        var isTrue = false;
        var isFalse = false;
        var optional = false;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var prop = reader.GetString();
            reader.Read();
            if (string.Equals(prop, "optional", StringComparison.OrdinalIgnoreCase))
            {
                optional = reader.TokenType == JsonTokenType.True;
            }
            else if (string.Equals(prop, "value", StringComparison.OrdinalIgnoreCase))
            {
                isTrue = reader.TokenType == JsonTokenType.True;
                isFalse = reader.TokenType == JsonTokenType.False;
                value = LenientStringConverter.ReadValue(ref reader);
            }
            else
            {
                reader.Skip();
            }
        }

        if (!optional)
        {
            result[name] = value ?? string.Empty;
        }
        else if (isTrue)
        {
            result[name] = null;
        }
        else if (value is not null && !isFalse)
        {
            result[name] = value;
        }
    }

    public override void Write(Utf8JsonWriter writer, IDictionary<string, string?>? value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var (name, v) in value ?? new Dictionary<string, string?>())
        {
            if (v is null)
            {
                writer.WriteStartObject(name);
                writer.WriteBoolean("value", true);
                writer.WriteBoolean("optional", true);
                writer.WriteEndObject();
            }
            else
            {
                writer.WriteString(name, v);
            }
        }

        writer.WriteEndObject();
    }
}
