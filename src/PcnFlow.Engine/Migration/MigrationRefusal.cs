namespace PcnFlow.Engine.Migration;

/// <summary>Why an instance cannot move: something it is doing now has no place in the target version.</summary>
/// <param name="ActivityId">The active activity at fault, or null when the instance as a whole cannot move.</param>
/// <param name="Title">That activity's label in the instance's current version.</param>
/// <param name="Reason">A sentence a programme lead can act on.</param>
public sealed record MigrationRefusal(string? ActivityId, string? Title, string Reason);
