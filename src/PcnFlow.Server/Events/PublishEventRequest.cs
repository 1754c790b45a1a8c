using System.Text.Json;

namespace PcnFlow.Server.Events;

/// <summary>What the waiting activities receive as the event's output, and the correlation id to match, if any.</summary>
internal sealed record PublishEventRequest(JsonElement? Payload, string? CorrelationId);
