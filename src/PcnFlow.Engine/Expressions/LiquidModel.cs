using System.Globalization;
using System.Text.Json.Nodes;
using DotLiquid;

namespace PcnFlow.Engine.Expressions;

/// <summary>
/// What a Liquid template sees: <c>pcn.name</c>, <c>programme.day0</c>, <c>instance.id</c>, <c>variables.X</c>,
/// <c>inputs.X</c> and <c>tasks.&lt;activityId&gt;.fields.X</c>. Variables, inputs and tasks are looked up only
/// when the template asks for them, so a render costs what the template uses, not what the instance holds.
/// </summary>
internal static class LiquidModel
{
    public static Hash Build(IExpressionScope scope)
    {
        var context = scope.Context;
        return new Hash
        {
            ["pcn"] = new Hash { ["name"] = context.PcnName },
            ["programme"] = new Hash { ["day0"] = context.Day0.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) },
            ["instance"] = new Hash { ["id"] = context.InstanceId, ["correlationId"] = context.CorrelationId },
            ["variables"] = new Hash((_, name) => scope.TryGetVariable(name, out var value) ? ToLiquid(value) : null),
            ["inputs"] = new Hash((_, name) => scope.TryGetInput(name, out var value) ? ToLiquid(value) : null),
            ["tasks"] = new Hash((_, activityId) => TaskToLiquid(scope.GetTask(activityId))),
        };
    }

    private static Hash? TaskToLiquid(TaskSnapshot? task) => task is null
        ? null
        : new Hash
        {
            ["outcome"] = task.Outcome,
            ["fields"] = ToLiquid(task.Fields),
            ["completedBy"] = task.CompletedBy,
            ["completedAt"] = LiteralConverter.ToText(task.CompletedAt),
            ["comment"] = task.Comment,
        };

    // DotLiquid only walks its own Hash, lists and primitives; dates go in as ISO text, which its date filter reads.
    private static object? ToLiquid(object? value) => value switch
    {
        JsonObject json => ToHash(json),
        JsonArray json => json.Select(ToLiquid).ToList(),
        JsonValue json => ToLiquid(LiteralConverter.FromJson(json)),
        DateTimeOffset or DateTime or DateOnly => LiteralConverter.ToText(value),
        sbyte or byte or short or ushort or int or uint or long or ulong or float or decimal => LiteralConverter.ToNumber(value),
        _ => value,
    };

    private static Hash ToHash(JsonObject json)
    {
        var hash = new Hash();
        foreach (var (key, child) in json)
        {
            hash[key] = ToLiquid(child);
        }

        return hash;
    }
}
