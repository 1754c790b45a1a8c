namespace PcnFlow.Engine.Runtime;

/// <summary>Why an instance faulted.</summary>
/// <param name="ActivityId">The activity that faulted, if any.</param>
/// <param name="ActivityType">Its type.</param>
/// <param name="Message">A plain-English description.</param>
/// <param name="At">When it happened.</param>
public sealed record Incident(string? ActivityId, string? ActivityType, string Message, DateTimeOffset At);
