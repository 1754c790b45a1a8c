namespace PcnFlow.Server.Tests.Notifications;

/// <summary>An attachment as received; <see cref="Content"/> is text for text/* types and base64 otherwise.</summary>
public sealed record SmtpAttachment(string? Filename, string? ContentType, string Encoding, string Content);
