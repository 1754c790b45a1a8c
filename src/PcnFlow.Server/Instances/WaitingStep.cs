namespace PcnFlow.Server.Instances;

/// <summary>
/// Something other than a person the instance waits for: a timer (<see cref="DueAt"/>), a review that opens at
/// <see cref="DueAt"/>, an event named <see cref="Key"/>, or a child instance whose id is <see cref="Key"/>.
/// </summary>
internal sealed record WaitingStep(string Kind, string ActivityId, DateTimeOffset? DueAt, string? Key);
