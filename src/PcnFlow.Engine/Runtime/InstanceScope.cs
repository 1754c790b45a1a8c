using PcnFlow.Engine.Expressions;

namespace PcnFlow.Engine.Runtime;

/// <summary>The expression scope over one running instance.</summary>
internal sealed class InstanceScope(WorkflowRun run) : IExpressionScope
{
    private ProgrammeContext? _context;

    /// <summary>The frame whose code is running, so loop bodies see their own locals.</summary>
    public FrameState? Frame { get; set; }

    public IEnumerable<string> VariableNames => HasLocals() ? LocalNames().Concat(run.State.Variables.Keys) : run.State.Variables.Keys;

    public IEnumerable<string> InputNames => run.State.Input.Keys;

    public ProgrammeContext Context =>
        _context ??= new ProgrammeContext(run.State.InstanceId, run.State.PcnName, run.State.Day0, run.State.CorrelationId);

    // Scripts read variables constantly, so the frame chain is walked in place rather than through an iterator.
    public bool TryGetVariable(string name, out object? value)
    {
        for (var frame = Frame; frame != null; frame = ParentOf(frame))
        {
            if (frame.Locals != null && frame.Locals.TryGetValue(name, out value))
                return true;
        }
        return run.State.Variables.TryGetValue(name, out value);
    }

    public void SetVariable(string name, object? value)
    {
        for (var frame = Frame; frame != null; frame = ParentOf(frame))
        {
            if (frame.Locals != null && frame.Locals.ContainsKey(name))
            {
                frame.Locals[name] = value;
                return;
            }
        }
        run.State.Variables[name] = value;
    }

    private bool HasLocals()
    {
        for (var frame = Frame; frame != null; frame = ParentOf(frame))
        {
            if (frame.Locals != null)
                return true;
        }
        return false;
    }

    /// <summary>Loop locals, innermost first, then outwards, as lookups see them.</summary>
    private IEnumerable<string> LocalNames()
    {
        for (var frame = Frame; frame != null; frame = ParentOf(frame))
        {
            if (frame.Locals == null)
                continue;
            foreach (var name in frame.Locals.Keys)
                yield return name;
        }
    }

    private FrameState? ParentOf(FrameState frame) => frame.ParentId == null ? null : run.State.FindFrame(frame.ParentId);

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
