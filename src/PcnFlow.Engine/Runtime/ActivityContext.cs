using PcnFlow.Engine.Expressions;
using PcnFlow.Engine.Tasks;

namespace PcnFlow.Engine.Runtime;

/// <summary>What an activity sees while it runs: its frame, the instance, expressions and the scheduler.</summary>
public sealed class ActivityContext
{
    private readonly WorkflowRun _run;

    internal ActivityContext(WorkflowRun run, FrameState frame, Activity activity)
    {
        _run = run;
        Frame = frame;
        Activity = activity;
    }

    /// <summary>The activity being executed.</summary>
    public Activity Activity { get; }

    /// <summary>This execution's state.</summary>
    public FrameState Frame { get; }

    /// <summary>The instance.</summary>
    public WorkflowState State => _run.State;

    /// <summary>The current time, from the engine's <see cref="TimeProvider"/>.</summary>
    public DateTimeOffset Now => _run.Now;

    /// <summary>Who caused this run.</summary>
    public string Actor => _run.Actor;

    /// <summary>What expressions see.</summary>
    public IExpressionScope Scope => _run.Scope;

    /// <summary>The engine options in force.</summary>
    public WorkflowEngineOptions Options => _run.Engine.Options;

    /// <summary>Evaluates a compiled input; null when the input is absent.</summary>
    public object? Evaluate(CompiledInput? input) => input?.Evaluate(_run);

    /// <summary>Evaluates an input as text.</summary>
    public string? EvaluateText(CompiledInput? input) => LiteralConverter.ToText(Evaluate(input));

    /// <summary>Completes the activity with the given outcomes (default <c>Done</c>).</summary>
    public void Complete(params string[] outcomes) => _run.Complete(Frame, outcomes.Length == 0 ? Activity.DefaultPorts : outcomes);

    /// <summary>Completes the activity with the given outcomes.</summary>
    public void Complete(IReadOnlyList<string> outcomes) => _run.Complete(Frame, outcomes);

    /// <summary>Schedules a child activity to run after the work already queued.</summary>
    public ActivityContext ScheduleChild(Activity child) => _run.Schedule(child, Frame);

    /// <summary>The live child frames of this activity.</summary>
    public IEnumerable<FrameState> ChildFrames => _run.State.Frames.Where(f => f.ParentId == Frame.Id);

    /// <summary>Cancels one child frame and everything under it.</summary>
    public void Cancel(FrameState child) => _run.Cancel(child);

    /// <summary>Creates a bookmark; the activity suspends until it is resumed.</summary>
    public Bookmark CreateBookmark(string kind, DateTimeOffset? dueAt = null, string? key = null, HumanTaskPayload? task = null) =>
        _run.CreateBookmark(Frame, Activity, kind, dueAt, key, task);

    /// <summary>Writes a line to the instance output log.</summary>
    public void WriteLine(string text) => _run.State.OutputLog.Add(text);

    /// <summary>Asks the host to do something.</summary>
    public void Emit(WorkflowEffect effect) => _run.Effects.Add(effect);

    /// <summary>Stops the instance with an incident.</summary>
    public void Fault(string message) => _run.Fault(Frame, Activity, message);

    /// <summary>Finishes the whole instance now, cancelling anything still waiting.</summary>
    public void FinishWorkflow() => _run.FinishWorkflow();

    /// <summary>Allocates an id unique within the instance.</summary>
    public string NewId(string prefix) => _run.NewId(prefix);

    /// <summary>Adds a journal entry for this activity.</summary>
    public void Journal(JournalKind kind, string? outcome = null, string? message = null, System.Text.Json.Nodes.JsonObject? data = null) =>
        _run.Journal(kind, Activity, outcome: outcome, message: message, data: data);
}
