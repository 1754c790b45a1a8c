using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using PcnFlow.Persistence.Tasks;

namespace PcnFlow.Server.Notifications;

/// <summary>All-day iCalendar events for due dates, reviews and sign-off meetings.</summary>
internal static class CalendarInvite
{
    public static string ForTask(TaskRecord task, DateOnly date, string link) => Serialise(Event(task, date, link));

    /// <summary>The review on its scheduled date; the UID is the task's, so a calendar that already has it updates it.</summary>
    public static string Review(TaskRecord task, DateOnly date, string participants, string link)
    {
        var review = Event(task, date, link);
        review.Summary = $"Review: {task.Title}";
        if (participants.Length > 0)
            review.Description = $"With {participants}.\n{review.Description}";
        return Serialise(review);
    }

    /// <summary>A sign-off meeting on the sign-off's due date.</summary>
    public static string SignOffMeeting(TaskRecord task, DateOnly due, string link)
    {
        var meeting = Event(task, due, link);
        meeting.Summary = $"Sign-off meeting: {task.Title}";
        return Serialise(meeting);
    }

    public static CalendarEvent Event(TaskRecord task, DateOnly date, string link) => new()
    {
        Uid = $"{task.Id}@pcnflow",
        Summary = task.Title,
        Description = $"{task.ProgrammeName}{(task.Stage == null ? "" : " — " + task.Stage)}\n{link}",
        DtStart = new CalDateTime(date),
        DtEnd = new CalDateTime(date.AddDays(1)),
        Url = new Uri(link),
    };

    private static string Serialise(CalendarEvent e)
    {
        var calendar = new Ical.Net.Calendar { Method = "PUBLISH" };
        calendar.Events.Add(e);
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }
}
