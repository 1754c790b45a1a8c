namespace PcnFlow.Server.Notifications;

/// <summary>One page of a person's notifications; <see cref="Unread"/> counts all their unread ones, not just this page's.</summary>
internal sealed record NotificationPage(IReadOnlyList<NotificationView> Items, int Page, int PageSize, int Total, int Unread);
