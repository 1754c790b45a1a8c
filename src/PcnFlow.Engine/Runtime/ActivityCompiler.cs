using PcnFlow.Engine.Definitions;

namespace PcnFlow.Engine.Runtime;

/// <summary>
/// Turns a definition into executable activities, collecting every problem on the way so validation
/// reports them all at once.
/// </summary>
public sealed class ActivityCompiler
{
    private readonly ActivityRegistry _registry;
    private readonly HashSet<string> _unknownTypes = new(StringComparer.Ordinal);

    internal ActivityCompiler(ActivityRegistry registry, WorkflowDefinition definition)
    {
        _registry = registry;
        Definition = definition;
    }

    /// <summary>The definition being compiled.</summary>
    public WorkflowDefinition Definition { get; }

    /// <summary>The activity being configured.</summary>
    public ActivityDefinition Current { get; private set; } = null!;

    internal List<DefinitionProblem> Problems { get; } = [];

    internal Dictionary<string, Activity> ById { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether the activity id failed to compile (unknown type), so callers don't report it twice.</summary>
    public bool IsUnknown(string activityId) => _unknownIds.Contains(activityId);

    private readonly HashSet<string> _unknownIds = new(StringComparer.Ordinal);

    /// <summary>Reports a problem on the current activity.</summary>
    public void Problem(string message, string? inputName = null, string code = "invalid-input") =>
        Problems.Add(new DefinitionProblem(Current.Id, inputName == null ? Current.JsonPath : $"{Current.JsonPath}.{inputName}", message, code));

    /// <summary>Reports a problem at an explicit location.</summary>
    public void Problem(string? activityId, string jsonPath, string message, string code) =>
        Problems.Add(new DefinitionProblem(activityId, jsonPath, message, code));

    /// <summary>Compiles an input of the current activity, reporting a missing required input or a bad expression.</summary>
    public CompiledInput? Input(string name, string typeName = "Object", bool required = false, string? missingMessage = null)
    {
        var value = Current.Input(name);
        if (value == null || (value.Value == null && value.ExpressionType == ExpressionTypes.Literal) || (value.Text is { } t && string.IsNullOrWhiteSpace(t) && required))
        {
            if (required)
                Problem(missingMessage ?? $"'{Current.Label}' needs a value for '{name}'.", name, "missing-input");
            return value == null || value.Value == null ? null : CompiledInput.Compile(value, typeName, _ => { });
        }
        var path = name;
        return CompiledInput.Compile(value, typeName, message => Problem($"'{Current.Label}', {name}: {message}", path + ".expression", "bad-expression"));
    }

    /// <summary>Compiles an activity and everything inside it; null when its type is unknown.</summary>
    public Activity? Compile(ActivityDefinition definition, Activity? parent)
    {
        if (!ById.TryAdd(definition.Id, null!))
        {
            Problems.Add(new DefinitionProblem(definition.Id, definition.JsonPath + ".id", $"The id '{definition.Id}' is used by more than one activity; each activity needs its own id.", "duplicate-id"));
            return null;
        }
        var activity = _registry.Create(definition.Type);
        if (activity == null)
        {
            _unknownTypes.Add(definition.Type);
            _unknownIds.Add(definition.Id);
            Problems.Add(new DefinitionProblem(definition.Id, definition.JsonPath + ".type", $"'{definition.Label}' has the unknown activity type '{definition.Type}'.", "unknown-activity-type"));
            ById.Remove(definition.Id);
            return null;
        }
        activity.Bind(definition);
        activity.Parent = parent;
        ById[definition.Id] = activity;
        var previous = Current;
        Current = definition;
        activity.Configure(this);
        Current = previous;
        return activity;
    }

    internal void ReportUnknownTypes()
    {
        if (_unknownTypes.Count > 0)
        {
            Problems.Add(new DefinitionProblem(null, "$.root", $"The definition uses activity types this engine does not know: {string.Join(", ", _unknownTypes.Order(StringComparer.Ordinal))}. Known types are {string.Join(", ", _registry.TypeNames)}.", "unknown-activity-types"));
        }
    }
}
