using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PcnFlow.Persistence.Identity;
using PcnFlow.Persistence.Scheduling;
using PcnFlow.Persistence.Tasks;

namespace PcnFlow.Load;

/// <summary>
/// The only two writes the benchmark makes behind the API's back. There is no API for the first admin (the demo
/// seeder makes one only in Development), so it is written as an operator would; and the API places reminders
/// only at 09:00 London on a date, so 10,000 reminders due in one chosen minute are planned as the server's own
/// planner plans them: pending scheduled-work rows, which its reconcile job hands to Hangfire.
/// </summary>
public static class DirectWrites
{
    public static async Task CreateAdminAsync(DatabaseTarget target, string email, string password)
    {
        await using var db = target.OpenContext();
        var user = new PcnFlowUser
        {
            UserName = email,
            NormalizedUserName = email.ToUpperInvariant(),
            Email = email,
            NormalizedEmail = email.ToUpperInvariant(),
            EmailConfirmed = true,
            DisplayName = "Load admin",
            SecurityStamp = Guid.NewGuid().ToString("N"),
            ConcurrencyStamp = Guid.NewGuid().ToString(),
            LockoutEnabled = true,
        };
        user.PasswordHash = new PasswordHasher<PcnFlowUser>().HashPassword(user, password);
        db.Users.Add(user);
        db.RoleAssignments.Add(new RoleAssignment { UserId = user.Id, Role = AccessRoles.Admin });
        await db.SaveChangesAsync();
    }

    /// <summary>
    /// One reminder for each of up to <paramref name="count"/> open Clinical Director tasks (one recipient each), all
    /// due at <paramref name="dueAt"/>. Distinct tasks, because a reminder touches its task's revision: two for one
    /// task at once would collide and retry, which measures the benchmark's choice rather than the server.
    /// </summary>
    public static async Task<int> PlanRemindersAsync(DatabaseTarget target, int count, DateTimeOffset dueAt, string keyPrefix)
    {
        await using var db = target.OpenContext();
        var tasks = await db.Tasks.AsNoTracking()
            .Where(t => t.State == TaskState.Open && t.OwnerRole == AccessRoles.ClinicalDirector)
            .OrderBy(t => t.Id).Take(count).Select(t => new { t.Id, t.InstanceId }).ToListAsync();
        var now = DateTimeOffset.UtcNow;
        var index = 0;
        foreach (var task in tasks)
        {
            db.ScheduledWork.Add(new ScheduledWork
            {
                Key = $"{keyPrefix}{index}",
                Kind = ScheduledWorkKind.Reminder,
                InstanceId = task.InstanceId,
                TaskId = task.Id,
                ReminderIndex = 1000 + index,
                DueAt = dueAt,
                Status = ScheduledWorkStatus.Pending,
                CreatedAt = now,
                Revision = 1,
            });
            index++;
        }
        await db.SaveChangesAsync();
        return tasks.Count;
    }
}
