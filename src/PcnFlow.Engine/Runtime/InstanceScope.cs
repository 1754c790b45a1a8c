using PcnFlow.Engine.Expressions;

namespace PcnFlow.Engine.Runtime;

/// <summary>The expression scope over one running instance.</summary>
internal sealed class InstanceScope(WorkflowRun run) : IExpressionScope
{
    private ProgrammeContext? _context;

    /// <summary>The frame whose code is running, so loop bodies see their own locals.</summary>
    public FrameState? Frame { get; set; }

    public IEnumerable<string> VariableNames => LocalScopes().SelectMany(l => l.Keys).Concat(run.State.Variables.Keys);

    public IEnumerable<string> InputNames => run.State.Input.Keys;

    public ProgrammeContext Context =>
        _context ??= new ProgrammeContext(run.State.InstanceId, run.State.PcnName, run.State.Day0, run.State.CorrelationId);

    public bool TryGetVariable(string name, out object? value)
    {
        foreach (var locals in LocalScopes())
        {
            if (locals.TryGetValue(name, out value))
                return true;
        }
        return run.State.Variables.TryGetValue(name, out value);
    }

    public void SetVariable(string name, object? value)
    {
        foreach (var locals in LocalScopes())
        {
            if (locals.ContainsKey(name))
            {
                locals[name] = value;
                return;
            }
        }
        run.State.Variables[name] = value;
    }

    private IEnumerable<Dictionary<string, object?>> LocalScopes()
    {
        for (var frame = Frame; frame != null; frame = frame.ParentId == null ? null : run.State.FindFrame(frame.ParentId))
        {
            if (frame.Locals != null)
                yield return frame.Locals;
        }
    }

    public bool TryGetInput(string name, out object? value) => run.State.Input.TryGetValue(name, out value);

    public object? GetOutputFrom(string activityId, string? outputName)
    {
        if (!run.State.ActivityOutputs.TryGetValue(activityId, out var output))
            return null;
        if (outputName == null)
            return output;
        return output is System.Text.Json.Nodes.JsonObject obj ? LiteralConverter.FromJson(obj[outputName]) : null;
    }

    public TaskSnapshot? GetTask(string activityId) => run.State.Tasks.GetValueOrDefault(activityId);

    /// <summary>Forgets the cached context after Correlate or SetName change it.</summary>
    public void Refresh() => _context = null;
}
