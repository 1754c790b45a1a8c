using PcnFlow.Engine.Definitions;
using PcnFlow.Engine.Expressions;

namespace PcnFlow.Engine.Runtime;

/// <summary>
/// An activity input prepared once at compile time: literals are converted up front, scripts are
/// syntax-checked and evaluated on demand.
/// </summary>
public sealed class CompiledInput
{
    private CompiledInput(string expressionType, object? constant, string? source, string? typeName)
    {
        ExpressionType = expressionType;
        Constant = constant;
        Source = source;
        TypeName = typeName;
    }

    /// <summary>The expression type.</summary>
    public string ExpressionType { get; }

    /// <summary>The converted value of a literal or object input.</summary>
    public object? Constant { get; }

    /// <summary>The script or template text.</summary>
    public string? Source { get; }

    /// <summary>The declared type name.</summary>
    public string? TypeName { get; }

    /// <summary>Whether the value is known without running anything.</summary>
    public bool IsConstant => ExpressionType is ExpressionTypes.Literal or ExpressionTypes.Object;

    internal object? Evaluate(WorkflowRun run) => ExpressionType switch
    {
        ExpressionTypes.JavaScript => run.Engine.JavaScript.Evaluate(Source!, run.Scope),
        ExpressionTypes.Liquid => run.Engine.Liquid.Render(Source!, run.Scope),
        _ => Constant,
    };

    /// <summary>Prepares an input, reporting syntax problems; null when the input is absent.</summary>
    internal static CompiledInput? Compile(InputValue? input, string? typeName, Action<string> problem)
    {
        if (input == null)
            return null;
        var type = input.TypeName ?? typeName;
        switch (input.ExpressionType)
        {
            case ExpressionTypes.JavaScript:
                {
                    var script = input.Text ?? "";
                    if (!JavaScriptEvaluator.TryParse(script, out var error))
                        problem($"The JavaScript expression does not parse: {error}");
                    return new CompiledInput(ExpressionTypes.JavaScript, null, script, type);
                }
            case ExpressionTypes.Liquid:
                {
                    var template = input.Text ?? "";
                    if (!LiquidRenderer.TryParse(template, out var error))
                        problem($"The Liquid template does not parse: {error}");
                    return new CompiledInput(ExpressionTypes.Liquid, null, template, type);
                }
            case ExpressionTypes.Object:
                return new CompiledInput(ExpressionTypes.Object, ObjectValue(input, problem), null, type);
            case ExpressionTypes.Literal:
                return new CompiledInput(ExpressionTypes.Literal, LiteralValue(input, type, problem), null, type);
            default:
                problem($"The expression type '{input.ExpressionType}' is not supported; use Literal, Object, JavaScript or Liquid.");
                return null;
        }
    }

    /// <summary>A constant input, for activities built in code.</summary>
    public static CompiledInput FromConstant(object? value) => new(ExpressionTypes.Literal, value, null, null);

    private static object? LiteralValue(InputValue input, string? type, Action<string> problem)
    {
        var raw = LiteralConverter.FromJson(input.Value);
        try
        {
            return LiteralConverter.ConvertTo(raw, type);
        }
        catch (Exception ex) when (ex is FormatException or InvalidCastException or OverflowException)
        {
            problem($"The value '{input.Text}' is not a valid {type}.");
            return raw;
        }
    }

    private static object? ObjectValue(InputValue input, Action<string> problem)
    {
        if (input.Value is System.Text.Json.Nodes.JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.String)
        {
            var text = v.GetValue<string>();
            var trimmed = text.TrimStart();
            if (trimmed.StartsWith('{') || trimmed.StartsWith('['))
            {
                try
                {
                    return LiteralConverter.FromJson(System.Text.Json.Nodes.JsonNode.Parse(text));
                }
                catch (System.Text.Json.JsonException)
                {
                    problem("The object value is not valid JSON.");
                }
            }
            return text;
        }
        return LiteralConverter.FromJson(input.Value);
    }
}
