using PcnFlow.Engine.Calendar;
using PcnFlow.Engine.Definitions;
using PcnFlow.Engine.Expressions;

namespace PcnFlow.Engine.Runtime;

/// <summary>Builds a new instance's state from its definition and start options.</summary>
internal static class InitialState
{
    public static WorkflowState Create(WorkflowDefinition definition, StartOptions options, DateTimeOffset now)
    {
        var state = new WorkflowState
        {
            InstanceId = options.InstanceId ?? Guid.NewGuid().ToString("N"),
            DefinitionId = definition.DefinitionId,
            DefinitionVersion = definition.Version,
            Status = WorkflowStatus.Running,
            SubStatus = WorkflowSubStatus.Executing,
            CorrelationId = options.CorrelationId,
            ParentInstanceId = options.ParentInstanceId,
            CreatedAt = now,
            UpdatedAt = now,
        };
        foreach (var variable in definition.Variables)
            state.Variables[variable.Name] = LiteralConverter.ConvertTo(LiteralConverter.FromJson(variable.Value), variable.TypeName);
        if (options.Input != null)
        {
            foreach (var (key, value) in options.Input)
                state.Input[key] = value;
        }
        state.PcnName = options.PcnName ?? LiteralConverter.ToText(state.Input.GetValueOrDefault("pcnName"));
        state.Day0 = options.Day0 ?? ParseDay0(state.Input.GetValueOrDefault("day0")) ?? UkTime.Today(now);
        return state;
    }

    private static DateOnly? ParseDay0(object? value) =>
        LiteralConverter.ToDateTime(value) is { } instant ? DateOnly.FromDateTime(instant.Date) : null;
}
