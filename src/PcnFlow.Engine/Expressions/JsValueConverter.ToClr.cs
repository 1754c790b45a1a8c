using System.Globalization;
using System.Text.Json.Nodes;
using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;
using Jint.Runtime.Descriptors;

namespace PcnFlow.Engine.Expressions;

internal sealed partial class JsValueConverter
{
    // Deeper than any real workflow value; past it the object is almost certainly circular.
    private const int MaxDepth = 64;
    private const long MaxArrayLength = 1_000_000;

    public static object? ToClr(JsValue value)
    {
        if (value.IsDate())
        {
            return ToDateTime(value.AsDate());
        }

        return value is ObjectInstance && !value.IsCallable() ? ToNode(value, 0) : ToPrimitive(value);
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
