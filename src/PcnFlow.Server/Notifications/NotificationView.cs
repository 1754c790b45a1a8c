namespace PcnFlow.Server.Notifications;

/// <summary>An in-app notification as its reader sees it.</summary>
internal sealed record NotificationView(long Id, string Title, string Body, string? Link, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);
