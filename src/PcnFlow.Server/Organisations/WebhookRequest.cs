namespace PcnFlow.Server.Organisations;

/// <summary>A Teams or Slack incoming-webhook address; empty removes it.</summary>
internal sealed record WebhookRequest(string? Url);
