using System.Text.Json.Serialization;

namespace PcnFlow.Resilience.Tests.Infrastructure;

/// <summary>One line of the SMTP server's log: what arrived over the wire.</summary>
public sealed record ReceivedMail(string? MessageId, IReadOnlyList<string> To, string? Subject, ReceivedMail.KeyHeaders Headers, DateTimeOffset ReceivedAt)
{
    public string? Key => Headers.Key;

    public sealed record KeyHeaders([property: JsonPropertyName("x-pcnflow-key")] string? Key);
}
