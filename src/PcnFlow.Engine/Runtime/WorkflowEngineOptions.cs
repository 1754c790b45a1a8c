using PcnFlow.Engine.Expressions;

namespace PcnFlow.Engine.Runtime;

/// <summary>Options for <see cref="WorkflowEngine"/>.</summary>
public sealed class WorkflowEngineOptions
{
    /// <summary>The clock. Tests pass a fake one to fast-forward time.</summary>
    /// <value>Defaults to <see cref="TimeProvider.System"/>.</value>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Limits on JavaScript evaluation.</summary>
    /// <value>Defaults to <see cref="ExpressionOptions"/>' defaults.</value>
    public ExpressionOptions Expressions { get; init; } = new();

    /// <summary>The most activities one run may execute before the instance is faulted as a runaway loop.</summary>
    /// <value>Defaults to 10,000.</value>
    public int MaxActivityExecutionsPerRun { get; init; } = 10_000;

    /// <summary>The activity types available.</summary>
    /// <value>Defaults to <see cref="ActivityRegistry.CreateDefault"/>.</value>
    public ActivityRegistry Registry { get; init; } = ActivityRegistry.CreateDefault();
}
