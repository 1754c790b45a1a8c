namespace PcnFlow.Engine.Expressions;

/// <summary>
/// What an expression can see and change while it runs: the instance's variables and inputs, earlier
/// activities' outputs, submitted task fields and the programme context. Values are plain data:
/// <c>null</c>, <see cref="string"/>, <see cref="bool"/>, <see cref="double"/> (or another number type),
/// <see cref="DateTimeOffset"/>, or a <see cref="System.Text.Json.Nodes.JsonNode"/> for objects and arrays.
/// </summary>
public interface IExpressionScope
{
    /// <summary>The names of the workflow's variables.</summary>
    IEnumerable<string> VariableNames { get; }

    /// <summary>Reads a variable; false when it does not exist.</summary>
    bool TryGetVariable(string name, out object? value);

    /// <summary>Writes a variable, creating it when it does not exist.</summary>
    void SetVariable(string name, object? value);

    /// <summary>The names of the workflow's inputs.</summary>
    IEnumerable<string> InputNames { get; }

    /// <summary>Reads a workflow input; false when it was not supplied.</summary>
    bool TryGetInput(string name, out object? value);

    /// <summary>An earlier activity's output (<c>getOutputFrom(id, name)</c>); the whole output when <paramref name="outputName"/> is null.</summary>
    object? GetOutputFrom(string activityId, string? outputName);

    /// <summary>A completed human task's result, or null when it has not been completed.</summary>
    TaskSnapshot? GetTask(string activityId);

    /// <summary>The instance's programme context.</summary>
    ProgrammeContext Context { get; }
}
