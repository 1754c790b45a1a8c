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
    // Conversion runs after the script's limits have stopped counting, so its size is capped here: one shared
    // array referenced a thousand times is small in the script but a thousand copies once converted.
    private const long MaxValues = 1_000_000;

    public static object? ToClr(JsValue value)
    {
        if (value.IsDate())
        {
            return ToDateTime(value.AsDate());
        }

        var budget = new Budget();
        return value is ObjectInstance && !value.IsCallable() ? ToNode(value, 0, budget) : ToPrimitive(value);
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

    private static JsonNode? ToNode(JsValue value, int depth, Budget budget)
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

        budget.Spend(1);
        if (depth >= MaxDepth)
        {
            throw new ExpressionException(
                ExpressionFailureKind.Runtime,
                $"The script returned an object nested more than {MaxDepth} levels deep, or one that contains itself.");
        }

        // Typed arrays and string wrappers list one key per item; a huge one is refused before its keys are listed.
        if (source.HasProperty("length") && TypeConverter.ToNumber(source.Get("length")) is var length && length > 0)
        {
            budget.Spend(length);
        }

        return value.IsArray() ? ToJsonArray(source, depth, budget) : ToJsonObject(source, depth, budget);
    }

    private static JsonArray ToJsonArray(ObjectInstance source, int depth, Budget budget)
    {
        var length = TypeConverter.ToNumber(source.Get("length"));
        var target = new JsonArray();
        for (var i = 0; i < (int)length; i++)
        {
            target.Add(ToNode(source.Get(i), depth + 1, budget));
        }

        return target;
    }

    private static JsonObject ToJsonObject(ObjectInstance source, int depth, Budget budget)
    {
        var target = new JsonObject();
        foreach (var key in source.GetOwnPropertyKeys(Types.String))
        {
            var descriptor = source.GetOwnProperty(key);
            var child = descriptor == PropertyDescriptor.Undefined || !descriptor.Enumerable ? JsValue.Undefined : source.Get(key);

            // Like JSON.stringify: properties holding undefined or a function are left out.
            if (!child.IsUndefined() && !child.IsCallable())
            {
                target[key.ToString()] = ToNode(child, depth + 1, budget);
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

    private sealed class Budget
    {
        private double _spent;

        public void Spend(double values)
        {
            _spent += values;
            if (_spent > MaxValues)
            {
                throw new ExpressionException(
                    ExpressionFailureKind.Memory,
                    string.Create(CultureInfo.InvariantCulture, $"The script returned more than {MaxValues:N0} values (counting every item of every list and object); a workflow cannot keep that much."));
            }
        }
    }
}
