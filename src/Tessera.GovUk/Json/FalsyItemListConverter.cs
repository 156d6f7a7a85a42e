using System.Text.Json;
using System.Text.Json.Serialization;

namespace Tessera.GovUk.Json;

/// <summary>
/// Reads an array of items in which Nunjucks callers may leave falsy entries (`null`, `false`, `""`);
/// those become null entries, which the components skip (keeping their position for numbering).
/// </summary>
public sealed class FalsyItemListConverter<T> : JsonConverter<IList<T?>?>
    where T : class
{
    public override IList<T?>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("Expected an array.");
        }

        var list = new List<T?>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                list.Add(JsonSerializer.Deserialize<T>(ref reader, options));
            }
            else
            {
                reader.Skip();
                list.Add(null);
            }
        }

        return list;
    }

    public override void Write(Utf8JsonWriter writer, IList<T?>? value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value?.ToList(), options);
}
