namespace PcnFlow.Server.Notifications;

/// <summary>A rendered message: plain text and HTML bodies, and an optional iCalendar invitation.</summary>
internal sealed record ComposedMessage(string Subject, string Text, string Html, string? Ics = null);
