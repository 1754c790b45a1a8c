using PcnFlow.Engine.Definitions;
using PcnFlow.Engine.Runtime;

namespace PcnFlow.Engine.Hosting;

/// <summary>
/// Runs instances in memory against a <see cref="SimulatedClock"/>: carries out effects (child workflows,
/// events, notifications), fires timers, reminders and escalations as the clock is fast-forwarded, and can
/// complete tasks itself. The CLI, the timeline simulator and the scenario tests use it.
/// </summary>
public sealed partial class InMemoryWorkflowHost
{
    private readonly Dictionary<string, WorkflowBlueprint> _blueprints = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, WorkflowBlueprint> _instanceBlueprints = [];
    private readonly Dictionary<string, (string ParentId, string BookmarkId)> _waitingParents = [];
    private readonly Queue<Action> _work = new();
    private bool _draining;

    /// <summary>Creates a host whose engine runs on <paramref name="clock"/>.</summary>
    public InMemoryWorkflowHost(SimulatedClock clock, WorkflowEngineOptions? options = null)
    {
        Clock = clock;
        Engine = new WorkflowEngine(new WorkflowEngineOptions
        {
            TimeProvider = clock,
            Expressions = options?.Expressions ?? new(),
            MaxActivityExecutionsPerRun = options?.MaxActivityExecutionsPerRun ?? 10_000,
            Registry = options?.Registry ?? ActivityRegistry.CreateDefault(),
        });
    }

    /// <summary>The clock.</summary>
    public SimulatedClock Clock { get; }

    /// <summary>The engine.</summary>
    public WorkflowEngine Engine { get; }

    /// <summary>Every instance, by id, in start order.</summary>
    public Dictionary<string, WorkflowState> Instances { get; } = [];

    /// <summary>What happened, in order.</summary>
    public List<HostEvent> Events { get; } = [];

    /// <summary>Completes tasks automatically on their due date (or at once when they have none).</summary>
    public bool AutoCompleteTasks { get; set; }

    /// <summary>Outcomes to choose when completing automatically, by activity id; a queue per activity, the last one repeating.</summary>
    public Dictionary<string, Queue<string>> OutcomeOverrides { get; } = new(StringComparer.Ordinal);

    /// <summary>Registers a definition (compiling it, so an invalid one is refused whole).</summary>
    public WorkflowBlueprint Register(WorkflowDefinition definition)
    {
        var blueprint = Engine.Compile(definition);
        _blueprints[definition.DefinitionId] = blueprint;
        return blueprint;
    }

    /// <summary>Starts an instance of a registered definition.</summary>
    public WorkflowState Start(string definitionId, StartOptions? options = null)
    {
        if (!_blueprints.TryGetValue(definitionId, out var blueprint))
            throw new KeyNotFoundException($"No workflow with id '{definitionId}' is loaded.");
        WorkflowState? state = null;
        Enqueue(() =>
        {
            var result = Engine.Start(blueprint, options);
            state = result.State;
            Instances[state.InstanceId] = state;
            _instanceBlueprints[state.InstanceId] = blueprint;
            Apply(state, result.Effects);
        });
        return state!;
    }

    /// <summary>Completes (resumes) a task bookmark as a person would.</summary>
    public ResumeResult Resume(string instanceId, string bookmarkId, ResumeInput input, string actor = "system")
    {
        var result = ResumeResult.NotFound;
        Enqueue(() => result = ResumeNow(instanceId, bookmarkId, input, actor));
        return result;
    }

    /// <summary>Publishes an event to every instance waiting for it.</summary>
    public void Publish(string name, object? payload = null, string? correlationId = null) =>
        Enqueue(() => Deliver(new EventPublished(name, payload, correlationId, LocalOnly: false), sourceInstanceId: null));

    /// <summary>The blueprint an instance runs.</summary>
    public WorkflowBlueprint BlueprintOf(string instanceId) => _instanceBlueprints[instanceId];

    private ResumeResult ResumeNow(string instanceId, string bookmarkId, ResumeInput input, string actor)
    {
        var state = Instances[instanceId];
        var result = Engine.Resume(_instanceBlueprints[instanceId], state, bookmarkId, input, actor);
        Apply(state, result.Effects);
        return result.Resume;
    }

    /// <summary>Runs work in order, never re-entrantly, so effects of effects are handled breadth first.</summary>
    private void Enqueue(Action action)
    {
        _work.Enqueue(action);
        if (_draining)
            return;
        _draining = true;
        try
        {
            while (_work.Count > 0)
                _work.Dequeue()();
        }
        finally
        {
            _draining = false;
        }
    }

    private void Record(DateTimeOffset at, string kind, WorkflowState state, string? activityId, string text, string? role, Tasks.HumanTaskPayload? task = null) =>
        Events.Add(new HostEvent(at, kind, state.InstanceId, activityId, text, role, task));
}
