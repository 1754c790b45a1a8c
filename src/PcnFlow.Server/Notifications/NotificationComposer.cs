using System.Globalization;
using System.Net;
using Microsoft.Extensions.Options;
using PcnFlow.Engine.Tasks;
using PcnFlow.Persistence.Notifications;
using PcnFlow.Persistence.Tasks;

namespace PcnFlow.Server.Notifications;

/// <summary>Writes the words of every message PcnFlow sends, in the brief's tone: plain, specific, no blame.</summary>
internal sealed class NotificationComposer(IOptions<NotificationOptions> options, SafeMarkdown markdown)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public string TaskLink(Guid taskId) => $"{options.Value.PublicBaseUrl.TrimEnd('/')}/inbox/tasks/{taskId}";

    public ComposedMessage TaskOpened(TaskRecord task, Recipient to)
    {
        var what = task.Kind switch
        {
            TaskKinds.SignOff => "has been sent to you for sign-off",
            TaskKinds.Review => "is ready for your review",
            _ => task.Attempt > 1 ? "has been returned to you to update" : "is ready for you",
        };
        var lines = new List<string> { $"Hello {to.DisplayName},", "", $"\"{task.Title}\" {what}.{Due(task)}" };
        if (task.ReturnedComment is { Length: > 0 } comment)
            lines.AddRange(["", "The comment that came with it:", comment]);
        lines.AddRange(["", $"Open it: {TaskLink(task.Id)}"]);
        return Build(Subject(task, task.Kind == TaskKinds.SignOff ? "Sign-off requested" : "New task"), lines, task.Kind is TaskKinds.SignOff or TaskKinds.Review ? Calendar(task) : null);
    }

    public ComposedMessage Reminder(TaskRecord task, Recipient to)
    {
        var lines = new List<string> { $"Hello {to.DisplayName},", "", $"A reminder that \"{task.Title}\" is still open.{Due(task)}", "", $"Open it: {TaskLink(task.Id)}" };
        return Build(Subject(task, "Reminder"), lines, null);
    }

    public ComposedMessage Escalation(TaskRecord task, Recipient to)
    {
        var lines = new List<string>
        {
            $"Hello {to.DisplayName},", "",
            $"\"{task.Title}\" for {task.ProgrammeName} is past its due date{DueDateText(task)} and is still open.",
            "It may need a conversation rather than another reminder.", "", $"Open it: {TaskLink(task.Id)}",
        };
        return Build(Subject(task, "Overdue"), lines, null);
    }

    public ComposedMessage Activity(string subject, string bodyMarkdown, Recipient to) =>
        new(subject, $"Hello {to.DisplayName},\n\n{bodyMarkdown}\n", Wrap($"<p>Hello {WebUtility.HtmlEncode(to.DisplayName)},</p>{markdown.ToHtml(bodyMarkdown)}"));

    public ComposedMessage Digest(IReadOnlyList<OutboxMessage> items, Recipient to, DateOnly date)
    {
        var lines = new List<string> { $"Hello {to.DisplayName},", "", $"Your PcnFlow summary for {date.ToString("dddd d MMMM", English)}:", "" };
        lines.AddRange(items.Select(i => $"- {i.Subject}" + (i.Link == null ? "" : $" ({i.Link})")));
        lines.AddRange(["", $"Open it: {options.Value.PublicBaseUrl.TrimEnd('/')}/inbox"]);
        return Build($"PcnFlow daily summary: {items.Count} update{(items.Count == 1 ? "" : "s")}", lines, null);
    }

    private static string Subject(TaskRecord task, string prefix) => $"{prefix}: {task.Title}";

    private static string Due(TaskRecord task) => task.DueDate is { } due ? $" It is due on {due.ToString("dddd d MMMM yyyy", English)}." : "";

    private static string DueDateText(TaskRecord task) => task.DueDate is { } due ? $" ({due.ToString("d MMMM", English)})" : "";

    private static ComposedMessage Build(string subject, List<string> lines, string? ics)
    {
        var text = string.Join('\n', lines) + "\n";
        var html = Wrap(string.Join("", lines.Where(l => l.Length > 0).Select(l => l.StartsWith("Open it: ", StringComparison.Ordinal)
            ? $"<p><a href=\"{WebUtility.HtmlEncode(l["Open it: ".Length..])}\">Open it in PcnFlow</a></p>"
            : $"<p>{WebUtility.HtmlEncode(l)}</p>")));
        return new ComposedMessage(subject, text, html, ics);
    }

    private static string Wrap(string inner) => $"<!DOCTYPE html><html><body style=\"font-family:Arial,sans-serif\">{inner}</body></html>";

    private string? Calendar(TaskRecord task) => task.DueDate is { } due ? CalendarInvite.ForTask(task, due, TaskLink(task.Id)) : null;
}
