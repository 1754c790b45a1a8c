using PcnFlow.Engine.Definitions;

namespace PcnFlow.Engine.Runtime;

/// <summary>
/// An executable activity, compiled once from its <see cref="ActivityDefinition"/>. Subclasses read their
/// inputs in <see cref="Configure"/> (reporting problems instead of throwing) and do their work in
/// <see cref="Execute"/>. Instances are shared by every workflow instance of a definition version, so
/// they hold no per-run state: that lives in the <see cref="FrameState"/>.
/// </summary>
public abstract class Activity
{
    /// <summary>The activity id.</summary>
    public string Id => Definition.Id;

    /// <summary>The activity type name.</summary>
    public string Type => Definition.Type;

    /// <summary>The definition this activity was compiled from.</summary>
    public ActivityDefinition Definition { get; private set; } = null!;

    /// <summary>The container this activity belongs to, or null for the root.</summary>
    public Activity? Parent { get; internal set; }

    /// <summary>The outcome ports connections may leave from.</summary>
    public virtual IReadOnlyList<string> Ports => DefaultPorts;

    /// <summary>Child activities for containers.</summary>
    public virtual IEnumerable<Activity> Children => [];

    /// <summary>Whether this activity ends its flowchart (Elsa's terminal nodes).</summary>
    public virtual bool IsTerminal => false;

    internal static readonly string[] DefaultPorts = ["Done"];

    internal void Bind(ActivityDefinition definition) => Definition = definition;

    /// <summary>Reads and checks inputs. Report problems through <paramref name="compiler"/>; never throw.</summary>
    protected internal virtual void Configure(ActivityCompiler compiler) { }

    /// <summary>Runs the activity. Complete it, schedule children, or create a bookmark.</summary>
    protected internal abstract void Execute(ActivityContext context);

    /// <summary>Called when a child scheduled by this activity completes.</summary>
    protected internal virtual void OnChildCompleted(ActivityContext context, ActivityContext child, IReadOnlyList<string> outcomes) { }

    /// <summary>Checks resume input before anything changes; return the problems to refuse the resume.</summary>
    protected internal virtual IReadOnlyList<FieldError> ValidateResume(ActivityContext context, Bookmark bookmark, ResumeInput input) => [];

    /// <summary>
    /// Called when one of this activity's bookmarks is resumed. By default the activity completes.
    /// <paramref name="input"/>'s fields are the run's own copy, also held by the journal: keep them, but never change them.
    /// </summary>
    protected internal virtual void OnResume(ActivityContext context, Bookmark bookmark, ResumeInput input) => context.Complete();
}
