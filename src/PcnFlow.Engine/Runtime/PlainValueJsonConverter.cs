using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using PcnFlow.Engine.Expressions;

namespace PcnFlow.Engine.Runtime;

/// <summary>
/// Writes and reads the plain values held in variables and outputs (null, text, numbers, booleans, instants,
/// JSON), so a reloaded value has the same kind as the saved one. Instants are tagged because JSON has none.
/// </summary>
internal sealed class PlainValueJsonConverter : JsonConverter<object>
{
    private const string DateTag = "$instant";

    public override bool HandleNull => true;

    public override object? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var node = JsonNode.Parse(ref reader);
        if (node is JsonObject obj && obj.Count == 1 && obj[DateTag] is JsonValue tagged && tagged.TryGetValue<string>(out var text))
            return DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        return LiteralConverter.FromJson(node);
    }

    public override void Write(Utf8JsonWriter writer, object? value, JsonSerializerOptions options)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case double d:
                writer.WriteNumberValue(d);
                break;
            case int i:
                writer.WriteNumberValue(i);
                break;
            case long l:
                writer.WriteNumberValue(l);
                break;
            case decimal m:
                writer.WriteNumberValue(m);
                break;
            case DateTimeOffset instant:
                writer.WriteStartObject();
                writer.WriteString(DateTag, instant.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
                writer.WriteEndObject();
                break;
            case JsonNode node:
                node.WriteTo(writer);
                break;
            default:
                JsonSerializer.Serialize(writer, value, value.GetType(), options);
                break;
        }
    }
}
