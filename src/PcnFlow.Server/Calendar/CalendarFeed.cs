using Ical.Net.Serialization;
using Microsoft.EntityFrameworkCore;
using PcnFlow.Engine.Tasks;
using PcnFlow.Persistence;
using PcnFlow.Persistence.Identity;
using PcnFlow.Persistence.Organisations;
using PcnFlow.Persistence.Tasks;
using PcnFlow.Server.Auth;
using PcnFlow.Server.Notifications;
using PcnFlow.Server.Tasks;

namespace PcnFlow.Server.Calendar;

/// <summary>
/// One person's iCalendar feed: an all-day event on the due date of each open task in their inbox, and on the
/// date of each open review they take part in. Calendar programs poll it without signing in, so the feed is
/// found by the person's secret token and built with their scope, exactly as their inbox is.
/// </summary>
internal sealed class CalendarFeed(PcnFlowDbContext db, NotificationComposer composer)
{
    private const int MaxEvents = 500;

    public async Task<string?> BuildAsync(string token, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().Where(u => u.CalendarToken == token).Select(u => new { u.Id, u.UserName, u.DisplayName }).FirstOrDefaultAsync(ct);
        if (user == null)
            return null;
        var scope = await ScopeAsync(user.Id, user.UserName ?? "", ct);
        var inbox = await scope.Inbox(db.Tasks.AsNoTracking(), db.Instances.AsNoTracking())
            .Where(t => t.DueDate != null).OrderBy(t => t.DueDate).Take(MaxEvents).ToListAsync(ct);
        var reviews = await scope.Tasks(db.Tasks.AsNoTracking(), db.Instances.AsNoTracking())
            .Where(t => t.Kind == TaskKinds.Review && t.State == TaskState.Open).OrderBy(t => t.DueDate).Take(MaxEvents).ToListAsync(ct);
        var roles = scope.Roles.Select(r => r.Role).ToHashSet(StringComparer.Ordinal);
        var taking = reviews.Where(t => TaskPayloads.Read(t).Participants?.Any(roles.Contains) ?? false);

        var calendar = new Ical.Net.Calendar { ProductId = "-//PcnFlow//Task calendar//EN" };
        calendar.AddProperty("X-WR-CALNAME", $"PcnFlow: {user.DisplayName}");
        foreach (var task in inbox.Concat(taking).DistinctBy(t => t.Id))
        {
            var date = TaskPayloads.Read(task).ScheduledDate ?? task.DueDate;
            if (date is { } day)
                calendar.Events.Add(CalendarInvite.Event(task, day, composer.TaskLink(task.Id)));
        }
        return new CalendarSerializer().SerializeToString(calendar);
    }

    // The same scope CurrentUser builds for a signed-in request, for a person identified by their feed token instead.
    private async Task<AccessScope> ScopeAsync(Guid userId, string userName, CancellationToken ct)
    {
        var roles = await db.RoleAssignments.AsNoTracking().Where(r => r.UserId == userId).ToListAsync(ct);
        var organisations = roles.Where(r => r.Role == AccessRoles.PracticeManager && r.OrganisationId != null).Select(r => r.OrganisationId!.Value).ToList();
        var practices = await db.Organisations.AsNoTracking()
            .Where(o => o.Kind == OrganisationKind.Practice && organisations.Contains(o.Id) && o.ParentId != null)
            .Select(o => new { o.Id, Pcn = o.ParentId!.Value })
            .ToListAsync(ct);
        return new AccessScope(userId, userName, roles, [.. practices.Select(p => (p.Id, p.Pcn))]);
    }
}
