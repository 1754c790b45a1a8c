using System.Text.Json.Serialization;

namespace PcnFlow.Server.Tests.Notifications;

/// <summary>One message as the test SMTP server (tests/smtp-server) received and parsed it.</summary>
public sealed record SmtpMessage(
    string? MessageId,
    string? From,
    IReadOnlyList<string> To,
    string? Subject,
    string? Text,
    string? Html,
    IReadOnlyList<SmtpAttachment> Attachments,
    IReadOnlyDictionary<string, string?> Headers,
    DateTimeOffset ReceivedAt)
{
    /// <summary>The X-PcnFlow-Key header: the outbox key the message was sent for.</summary>
    [JsonIgnore]
    public string? Key => Headers.GetValueOrDefault("x-pcnflow-key");
}
