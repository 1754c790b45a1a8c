using System.Text.Json.Nodes;

namespace PcnFlow.Engine.Runtime;

/// <summary>One line of the audit trail.</summary>
/// <param name="Sequence">Position in the journal, from 1.</param>
/// <param name="At">When it happened.</param>
/// <param name="Kind">What happened.</param>
/// <param name="ActivityId">The activity concerned, if any.</param>
/// <param name="ActivityType">Its type, if any.</param>
/// <param name="Actor">Who caused it: a user, or <c>system</c> for the engine and its timers.</param>
/// <param name="Outcome">The outcome chosen, for completions.</param>
/// <param name="BookmarkId">The bookmark concerned, for bookmarks and resumes.</param>
/// <param name="Message">A human-readable note (fault message, comment).</param>
/// <param name="Data">Extra data such as submitted form fields.</param>
public sealed record JournalEntry(
    long Sequence,
    DateTimeOffset At,
    JournalKind Kind,
    string? ActivityId,
    string? ActivityType,
    string Actor,
    string? Outcome = null,
    string? BookmarkId = null,
    string? Message = null,
    JsonObject? Data = null);
