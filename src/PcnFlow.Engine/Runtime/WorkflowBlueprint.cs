using PcnFlow.Engine.Definitions;

namespace PcnFlow.Engine.Runtime;

/// <summary>A validated definition version compiled into executable activities. Shared by all its instances.</summary>
public sealed class WorkflowBlueprint
{
    private readonly Dictionary<string, Activity> _byId;

    internal WorkflowBlueprint(WorkflowDefinition definition, Activity root, Dictionary<string, Activity> byId)
    {
        Definition = definition;
        Root = root;
        _byId = byId;
    }

    /// <summary>The definition version.</summary>
    public WorkflowDefinition Definition { get; }

    /// <summary>The root activity.</summary>
    public Activity Root { get; }

    /// <summary>Every activity, by id.</summary>
    public IReadOnlyDictionary<string, Activity> Activities => _byId;

    /// <summary>The activity with the given id.</summary>
    public Activity Get(string id) =>
        _byId.TryGetValue(id, out var activity) ? activity : throw new KeyNotFoundException($"The definition has no activity '{id}'.");
}
