using System.Text.Json.Nodes;
using PcnFlow.Engine.Definitions;
using PcnFlow.Engine.Expressions;
using PcnFlow.Engine.Runtime;

namespace PcnFlow.Engine.Activities;

/// <summary>
/// <c>Elsa.FlowSwitch</c>: each case has a label (its port) and a condition. In <c>MatchFirst</c> mode
/// (Elsa's default) the first true case is taken; in <c>MatchAny</c> every true case is. No match takes <c>Default</c>.
/// </summary>
public sealed class FlowSwitch : Activity
{
    private readonly List<(string Label, CompiledInput? Condition)> _cases = [];
    private CompiledInput? _mode;
    private string[] _ports = ["Default"];

    /// <inheritdoc />
    public override IReadOnlyList<string> Ports => _ports;

    /// <inheritdoc />
    protected internal override void Configure(ActivityCompiler compiler)
    {
        _mode = compiler.Input("mode", "String");
        var cases = Definition.Extras["cases"] as JsonArray ?? (Definition.Input("cases")?.Value as JsonArray) ?? [];
        for (var i = 0; i < cases.Count; i++)
        {
            if (cases[i] is not JsonObject item || WorkflowDefinitionReader.ReadString(item, "label") is not { } label)
            {
                compiler.Problem($"Case {i + 1} of '{Definition.Label}' has no label.", $"cases[{i}]");
                continue;
            }
            var condition = item["condition"] as JsonObject;
            var value = new InputValue
            {
                // A type that is not text is passed on as written, so it is reported as unsupported.
                ExpressionType = condition?["type"] is JsonValue type ? WorkflowDefinitionReader.ReadString(condition, "type") ?? type.ToJsonString() : ExpressionTypes.Literal,
                Value = condition?["value"]?.DeepClone(),
                TypeName = "Boolean",
            };
            var index = i;
            _cases.Add((label, CompiledInput.Compile(value, "Boolean", m => compiler.Problem($"Case '{label}' of '{Definition.Label}': {m}", $"cases[{index}].condition"))));
        }
        _ports = [.. _cases.Select(c => c.Label), "Default"];
    }

    /// <inheritdoc />
    protected internal override void Execute(ActivityContext context)
    {
        var matchAny = string.Equals(context.EvaluateText(_mode), "MatchAny", StringComparison.OrdinalIgnoreCase);
        var matched = new List<string>();
        foreach (var (label, condition) in _cases)
        {
            if (!LiteralConverter.ToBoolean(context.Evaluate(condition)))
                continue;
            matched.Add(label);
            if (!matchAny)
                break;
        }
        context.Complete(matched.Count == 0 ? ["Default"] : matched);
    }
}
