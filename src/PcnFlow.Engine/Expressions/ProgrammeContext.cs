namespace PcnFlow.Engine.Expressions;

/// <summary>The programme an instance runs for: which PCN, and its day 0.</summary>
/// <param name="InstanceId">The workflow instance id.</param>
/// <param name="PcnName">The PCN's name, when the instance runs for a PCN.</param>
/// <param name="Day0">The programme's day 0, from which <c>D+N</c> due dates count.</param>
/// <param name="CorrelationId">The instance's correlation id, if any.</param>
public sealed record ProgrammeContext(string InstanceId, string? PcnName, DateOnly Day0, string? CorrelationId);
