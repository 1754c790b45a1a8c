using System.Text.Json.Nodes;

namespace PcnFlow.Server.Instances;

/// <summary>
/// One line of an instance's audit trail. For a resumed task, <see cref="Comment"/> is what the person wrote;
/// for a sign-off, <see cref="Decision"/> is Approved or Returned and the comment says why.
/// <see cref="Actor"/> is the user name (email) of whoever acted; <see cref="ActorName"/> is their display name,
/// null when the actor is not a person with an account (a background job).
/// </summary>
internal sealed record JournalLine(
    long Sequence,
    DateTimeOffset At,
    string Kind,
    string? ActivityId,
    string? ActivityType,
    string Actor,
    string? ActorName,
    string? Outcome,
    string? Message,
    string? Decision,
    string? Comment,
    JsonNode? Data);
