using System.Text.Json.Nodes;

namespace PcnFlow.Engine.Expressions;

/// <summary>What expressions see of a completed human task: <c>getTask('id').fields.x</c>.</summary>
/// <param name="Outcome">The chosen outcome, e.g. <c>Done</c> or <c>Returned</c>.</param>
/// <param name="Fields">The submitted form fields.</param>
/// <param name="CompletedBy">Who completed it.</param>
/// <param name="CompletedAt">When it was completed.</param>
/// <param name="Comment">The comment given, if any.</param>
public sealed record TaskSnapshot(string Outcome, JsonObject Fields, string? CompletedBy, DateTimeOffset CompletedAt, string? Comment);
