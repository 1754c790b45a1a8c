using System.Text.Json;

namespace PcnFlow.Server.Tasks;

/// <summary>Complete a task: the outcome (the first one when omitted), the form's fields as a JSON object, and a comment.</summary>
internal sealed record CompleteTaskRequest(string? Outcome, JsonElement? Fields, string? Comment);
