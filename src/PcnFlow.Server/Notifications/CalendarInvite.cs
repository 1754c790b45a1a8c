using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using PcnFlow.Persistence.Tasks;

namespace PcnFlow.Server.Notifications;

/// <summary>All-day iCalendar events for due dates, reviews and sign-off meetings.</summary>
internal static class CalendarInvite
{
    public static string ForTask(TaskRecord task, DateOnly date, string link)
    {
        var calendar = new Ical.Net.Calendar();
        calendar.Events.Add(Event(task, date, link));
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
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
}
