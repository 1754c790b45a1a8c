using System.Text.Json.Nodes;

namespace PcnFlow.Engine.Runtime;

/// <summary>What a resume brings: a task outcome with form fields and a comment, or an event payload.</summary>
public sealed record ResumeInput
{
    /// <summary>An empty input, used for timers.</summary>
    public static readonly ResumeInput Empty = new();

    /// <summary>The outcome chosen for a task or sign-off; null picks the default.</summary>
    public string? Outcome { get; init; }

    /// <summary>Submitted form fields.</summary>
    public JsonObject? Fields { get; init; }

    /// <summary>A comment, required when a sign-off is returned.</summary>
    public string? Comment { get; init; }

    /// <summary>An event payload or child-workflow output.</summary>
    public object? Payload { get; init; }
}
