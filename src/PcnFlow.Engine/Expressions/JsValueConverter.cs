using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;
using Jint.Runtime.Descriptors;
using JintEngine = Jint.Engine;

namespace PcnFlow.Engine.Expressions;

/// <summary>
/// Moves values across the script boundary. Everything handed to script is rebuilt from plain JavaScript values,
/// so no CLR object is ever wrapped and reachable from a script.
/// </summary>
internal sealed class JsValueConverter(JintEngine engine)
{
    // Deeper than any real workflow value; past it the object is almost certainly circular.
    private const int MaxDepth = 64;
    private const long MaxArrayLength = 1_000_000;

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

    public static object? ToClr(JsValue value)
    {
        if (value.IsDate())
        {
            return ToDateTime(value.AsDate());
        }

        return value is ObjectInstance && !value.IsCallable() ? ToNode(value, 0) : ToPrimitive(value);
    }

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

    private static object? ToPrimitive(JsValue value)
    {
        if (value.IsString())
        {
            return value.AsString();
        }

        if (value.IsNumber())
        {
            return value.AsNumber();
        }

        if (value.IsBoolean())
        {
            return value.AsBoolean();
        }

        return value.IsBigInt() ? TypeConverter.ToNumber(TypeConverter.ToString(value)) : null;
    }

    private static JsonNode? ToNode(JsValue value, int depth)
    {
        if (value.IsDate())
        {
            return ToDateTime(value.AsDate()) is { } moment ? JsonValue.Create(LiteralConverter.ToText(moment)) : null;
        }

        if (value is not ObjectInstance source || value.IsCallable())
        {
            return ToPrimitive(value) switch
            {
                string text => JsonValue.Create(text),
                double number => double.IsFinite(number) ? JsonValue.Create(number) : null,
                bool flag => JsonValue.Create(flag),
                _ => null,
            };
        }

        if (depth >= MaxDepth)
        {
            throw new ExpressionException(
                ExpressionFailureKind.Runtime,
                $"The script returned an object nested more than {MaxDepth} levels deep, or one that contains itself.");
        }

        return value.IsArray() ? ToJsonArray(source, depth) : ToJsonObject(source, depth);
    }

    private static JsonArray ToJsonArray(ObjectInstance source, int depth)
    {
        var length = TypeConverter.ToNumber(source.Get("length"));
        if (length > MaxArrayLength)
        {
            throw new ExpressionException(
                ExpressionFailureKind.Runtime,
                string.Create(CultureInfo.InvariantCulture, $"The script returned an array of {length:N0} items; at most {MaxArrayLength:N0} can be kept."));
        }

        var target = new JsonArray();
        for (var i = 0; i < (int)length; i++)
        {
            target.Add(ToNode(source.Get(i), depth + 1));
        }

        return target;
    }

    private static JsonObject ToJsonObject(ObjectInstance source, int depth)
    {
        var target = new JsonObject();
        foreach (var key in source.GetOwnPropertyKeys(Types.String))
        {
            var descriptor = source.GetOwnProperty(key);
            var child = descriptor == PropertyDescriptor.Undefined || !descriptor.Enumerable ? JsValue.Undefined : source.Get(key);

            // Like JSON.stringify: properties holding undefined or a function are left out.
            if (!child.IsUndefined() && !child.IsCallable())
            {
                target[key.ToString()] = ToNode(child, depth + 1);
            }
        }

        return target;
    }

    private static DateTimeOffset? ToDateTime(JsDate date)
    {
        var milliseconds = date.DateValue;
        if (double.IsNaN(milliseconds))
        {
            return null;
        }

        if (milliseconds < DateTimeOffset.MinValue.ToUnixTimeMilliseconds() || milliseconds > DateTimeOffset.MaxValue.ToUnixTimeMilliseconds())
        {
            throw new ExpressionException(ExpressionFailureKind.Runtime, "The script returned a date outside the years 1 to 9999.");
        }

        return DateTimeOffset.FromUnixTimeMilliseconds((long)milliseconds);
    }
}
