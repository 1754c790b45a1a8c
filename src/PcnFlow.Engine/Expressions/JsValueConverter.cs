using System.Text.Json;
using System.Text.Json.Nodes;
using Jint.Native;
using JintEngine = Jint.Engine;

namespace PcnFlow.Engine.Expressions;

/// <summary>
/// Moves values across the script boundary. Everything handed to script is rebuilt from plain JavaScript values,
/// so no CLR object is ever wrapped and reachable from a script.
/// </summary>
internal sealed partial class JsValueConverter(JintEngine engine)
{
    public JsValue ToJs(object? value) => value switch
    {
        null => JsValue.Null,
        string text => new JsString(text),
        bool flag => flag ? JsBoolean.True : JsBoolean.False,
        double number => JsNumber.Create(number),
        sbyte or byte or short or ushort or int or uint or long or ulong or float or decimal =>
            JsNumber.Create(LiteralConverter.ToNumber(value)!.Value),
        DateTimeOffset moment => new JsDate(engine, moment),
        DateTime moment => new JsDate(engine, LiteralConverter.ToDateTime(moment)!.Value),
        JsonObject json => ToJsObject(json),
        JsonArray json => ToJsArray(json),
        JsonValue json => ToJs(LiteralConverter.FromJson(json)),
        JsonElement { ValueKind: JsonValueKind.Undefined } => JsValue.Undefined,
        JsonElement element => ToJs(JsonNode.Parse(element.GetRawText())),
        _ => new JsString(LiteralConverter.ToText(value)!),
    };

    private JsObject ToJsObject(JsonObject json)
    {
        var target = new JsObject(engine);
        foreach (var (key, child) in json)
        {
            target.CreateDataProperty(key, ToJs(child));
        }

        return target;
    }

    private JsArray ToJsArray(JsonArray json)
    {
        var items = new JsValue[json.Count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = ToJs(json[i]);
        }

        return new JsArray(engine, items);
    }
}
