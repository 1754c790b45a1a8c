namespace PcnFlow.Engine.Runtime;

/// <summary>How to start an instance.</summary>
public sealed class StartOptions
{
    /// <summary>The instance id; a new one is made when null.</summary>
    public string? InstanceId { get; init; }

    /// <summary>Workflow input values.</summary>
    public IReadOnlyDictionary<string, object?>? Input { get; init; }

    /// <summary>The PCN the programme runs for; defaults to the <c>pcnName</c> input.</summary>
    public string? PcnName { get; init; }

    /// <summary>Programme day 0; defaults to the <c>day0</c> input, then to today.</summary>
    public DateOnly? Day0 { get; init; }

    /// <summary>The correlation id.</summary>
    public string? CorrelationId { get; init; }

    /// <summary>The parent instance, for child workflows.</summary>
    public string? ParentInstanceId { get; init; }

    /// <summary>Who started it.</summary>
    /// <value>Defaults to <c>system</c>.</value>
    public string Actor { get; init; } = "system";
}
