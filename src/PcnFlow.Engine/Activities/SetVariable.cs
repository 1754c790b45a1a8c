using System.Text.Json.Nodes;
using PcnFlow.Engine.Definitions;
using PcnFlow.Engine.Expressions;
using PcnFlow.Engine.Runtime;

namespace PcnFlow.Engine.Activities;

/// <summary><c>Elsa.SetVariable</c>: sets a workflow variable, converting the value to the variable's type.</summary>
public sealed class SetVariable : Activity
{
    private string _name = "";
    private string? _typeName;
    private CompiledInput? _value;

    /// <inheritdoc />
    protected internal override void Configure(ActivityCompiler compiler)
    {
        var variable = Definition.Extras["variable"] as JsonObject;
        _name = (variable == null ? null : WorkflowDefinitionReader.ReadString(variable, "name")) ?? compiler.Current.Input("variableName")?.Text ?? "";
        if (_name.Length == 0)
            compiler.Problem($"'{Definition.Label}' does not say which variable to set.", "variable", "missing-input");
        var declared = compiler.Definition.Variables.FirstOrDefault(v => string.Equals(v.Name, _name, StringComparison.OrdinalIgnoreCase));
        _typeName = declared?.TypeName ?? (variable == null ? null : WorkflowDefinitionReader.ReadString(variable, "typeName"));
        _value = compiler.Input("value");
    }

    /// <inheritdoc />
    protected internal override void Execute(ActivityContext context)
    {
        var value = context.Evaluate(_value);
        context.Scope.SetVariable(_name, _typeName is null or "Object" ? value : LiteralConverter.ConvertTo(value, _typeName));
        context.Complete();
    }
}
