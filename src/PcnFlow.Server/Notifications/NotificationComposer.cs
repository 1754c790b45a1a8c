using System.Globalization;
using Microsoft.Extensions.Options;
using PcnFlow.Engine.Calendar;
using PcnFlow.Engine.Tasks;
using PcnFlow.Persistence.Notifications;
using PcnFlow.Persistence.Tasks;
using PcnFlow.Server.Tasks;

namespace PcnFlow.Server.Notifications;

/// <summary>
/// Fills the mail templates (Templates/*.liquid) for every message PcnFlow sends, in the brief's tone: plain,
/// specific, no blame. Every task message links straight to the task; sign-off requests and reviews carry an
/// iCalendar entry for the meeting.
/// </summary>
internal sealed class NotificationComposer(IOptions<NotificationOptions> options, SafeMarkdown markdown, MailTemplates templates, TimeProvider time)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public string TaskLink(Guid taskId) => $"{BaseUrl}/inbox/tasks/{taskId}";

    public string InboxLink => $"{BaseUrl}/inbox";

    private string BaseUrl => options.Value.PublicBaseUrl.TrimEnd('/');

    public ComposedMessage TaskOpened(TaskRecord task, Recipient to, string? pcnName = null)
    {
        var model = TaskModel(task, to, pcnName, out var payload);
        switch (task.Kind)
        {
            case TaskKinds.SignOff:
                return templates.Render("sign-off-requested", model) with
                {
                    Ics = task.DueDate is { } due ? CalendarInvite.SignOffMeeting(task, due, TaskLink(task.Id)) : null,
                };
            case TaskKinds.Review:
                var date = payload.ScheduledDate ?? task.DueDate;
                var participants = RoleNames.List(payload.Participants);
                model["review"] = new Dictionary<string, object?>
                {
                    ["date"] = LongDate(date),
                    ["participants"] = participants,
                    ["checklist"] = payload.Checklist ?? [],
                };
                return templates.Render("review-opened", model) with
                {
                    Ics = date is { } day ? CalendarInvite.Review(task, day, participants, TaskLink(task.Id)) : null,
                };
            default:
                return templates.Render("task-opened", model);
        }
    }

    public ComposedMessage Reminder(TaskRecord task, Recipient to, string? pcnName = null) =>
        templates.Render("reminder", TaskModel(task, to, pcnName, out _));

    public ComposedMessage Escalation(TaskRecord task, Recipient to, string? pcnName = null) =>
        templates.Render("escalation", TaskModel(task, to, pcnName, out _));

    public ComposedMessage Activity(string subject, string bodyMarkdown, Recipient to) => templates.Render("activity", new Dictionary<string, object?>
    {
        ["recipient"] = Person(to),
        ["subject"] = subject,
        ["body"] = bodyMarkdown,
        ["body_html"] = markdown.ToHtml(bodyMarkdown),
        ["inbox_link"] = InboxLink,
    });

    public ComposedMessage Digest(IReadOnlyList<OutboxMessage> items, Recipient to, DateOnly date) => templates.Render("digest", new Dictionary<string, object?>
    {
        ["recipient"] = Person(to),
        ["date"] = date.ToString("dddd d MMMM", English),
        ["count"] = items.Count,
        ["items"] = items.Select(i => new Dictionary<string, object?> { ["subject"] = i.Subject, ["link"] = i.Link }).ToList(),
        ["inbox_link"] = InboxLink,
    });

    private Dictionary<string, object?> TaskModel(TaskRecord task, Recipient to, string? pcnName, out HumanTaskPayload payload)
    {
        payload = TaskPayloads.Read(task);
        var today = UkTime.Today(time.GetUtcNow());
        return new Dictionary<string, object?>
        {
            ["recipient"] = Person(to),
            ["inbox_link"] = InboxLink,
            ["task"] = new Dictionary<string, object?>
            {
                ["title"] = task.Title,
                ["programme"] = task.ProgrammeName,
                ["stage"] = task.Stage,
                ["pcn"] = pcnName,
                ["owner"] = RoleNames.Plain(task.OwnerRole),
                ["escalated_to"] = RoleNames.Plain(payload.EscalateTo),
                ["due"] = LongDate(task.DueDate),
                ["due_when"] = DueWhen(task.DueDate, today),
                ["overdue"] = task.DueDate < today,
                ["link"] = TaskLink(task.Id),
                ["instructions"] = task.Instructions,
                ["instructions_html"] = markdown.ToHtml(task.Instructions),
                ["is_redo"] = task.Attempt > 1,
                ["returned_comment"] = task.ReturnedComment,
            },
        };
    }

    private static Dictionary<string, object?> Person(Recipient to) => new() { ["name"] = to.DisplayName };

    private static string? LongDate(DateOnly? date) => date?.ToString("dddd d MMMM yyyy", English);

    private static string? DueWhen(DateOnly? due, DateOnly today) => due switch
    {
        null => null,
        { } d when d == today => "today",
        { } d when d == today.AddDays(1) => "tomorrow",
        { } d => "on " + LongDate(d),
    };
}
