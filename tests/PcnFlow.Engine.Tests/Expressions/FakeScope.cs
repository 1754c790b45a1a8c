using System.Text.Json.Nodes;
using PcnFlow.Engine.Expressions;

namespace PcnFlow.Engine.Tests.Expressions;

internal sealed class FakeScope : IExpressionScope
{
    public Dictionary<string, object?> Variables { get; } = [];

    public Dictionary<string, object?> Inputs { get; } = [];

    public Dictionary<string, JsonObject> Outputs { get; } = [];

    public Dictionary<string, TaskSnapshot> Tasks { get; } = [];

    public ProgrammeContext Context { get; set; } = new("instance-1", "North Star PCN", new DateOnly(2024, 4, 1), "corr-42");

    public IEnumerable<string> VariableNames => Variables.Keys;

    public IEnumerable<string> InputNames => Inputs.Keys;

    public bool TryGetVariable(string name, out object? value) => Variables.TryGetValue(name, out value);

    public void SetVariable(string name, object? value) => Variables[name] = value;

    public bool TryGetInput(string name, out object? value) => Inputs.TryGetValue(name, out value);

    public object? GetOutputFrom(string activityId, string? outputName)
    {
        if (!Outputs.TryGetValue(activityId, out var output))
        {
            return null;
        }

        return outputName is null ? output : LiteralConverter.FromJson(output[outputName]);
    }

    public TaskSnapshot? GetTask(string activityId) => Tasks.GetValueOrDefault(activityId);

    public FakeScope WithVariable(string name, object? value)
    {
        Variables[name] = value;
        return this;
    }

    public FakeScope WithInput(string name, object? value)
    {
        Inputs[name] = value;
        return this;
    }

    public FakeScope WithTask(string activityId, string outcome, JsonObject fields, string? comment = null)
    {
        Tasks[activityId] = new TaskSnapshot(outcome, fields, "dr.jones", new DateTimeOffset(2024, 4, 3, 9, 30, 0, TimeSpan.Zero), comment);
        return this;
    }
}
