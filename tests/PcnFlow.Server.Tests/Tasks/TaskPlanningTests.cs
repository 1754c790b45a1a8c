using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using PcnFlow.Engine.Runtime;
using PcnFlow.Persistence.Scheduling;
using PcnFlow.Server.Tasks;
using PcnFlow.Server.Tests.Instances;

namespace PcnFlow.Server.Tests.Tasks;

/// <summary>Reassigning and rescheduling, the lead's levers. Moving fake time is in <see cref="RescheduleReminderTests"/>.</summary>
public sealed class TaskPlanningTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private Infrastructure.TestWorld World => fixture.World;

    [Fact]
    public async Task The_lead_gives_a_task_to_one_person_who_holds_its_role()
    {
        var id = await Programmes.StartAsync(fixture.Factory, Programmes.SixStep, World.PcnA.Id);
        var task = await Programmes.TaskAsync(fixture.Factory, id, "step1-confirm-practices");
        var lead = await World.ClientForAsync("lead");

        var assigned = await (await lead.PostAsJsonAsync($"/api/tasks/{task.Id}/reassign", new { userId = World["pmA"].Id })).ReadAsync<TaskAssignment>();

        assigned.AssigneeUserId.ShouldBe(World["pmA"].Id);
        assigned.AssigneeName.ShouldBe("pmA");
        (await Programmes.TaskAsync(fixture.Factory, id, "step1-confirm-practices")).AssigneeUserId.ShouldBe(World["pmA"].Id);
        var notice = await Programmes.DbAsync(fixture.Factory, db => db.ScheduledWork.SingleAsync(w => w.TaskId == task.Id && w.Key.StartsWith("assigned:")));
        notice.Kind.ShouldBe(ScheduledWorkKind.TaskOpenedNotice);
        var back = await (await lead.PostAsJsonAsync($"/api/tasks/{task.Id}/reassign", new { userId = (Guid?)null })).ReadAsync<TaskAssignment>();
        back.AssigneeUserId.ShouldBeNull();
    }

    [Fact]
    public async Task Reassigning_to_someone_without_the_role_is_400_and_only_the_lead_of_the_ICS_may_reassign()
    {
        var id = await Programmes.StartAsync(fixture.Factory, Programmes.SixStep, World.PcnA.Id);
        var practices = await Programmes.TaskAsync(fixture.Factory, id, "step1-confirm-practices");
        var partners = await Programmes.TaskAsync(fixture.Factory, id, "step1-name-partners");
        var lead = await World.ClientForAsync("lead");
        var cdA = await World.ClientForAsync("cdA");
        var leadSouth = await World.ClientForAsync("leadSouth");

        await (await lead.PostAsJsonAsync($"/api/tasks/{practices.Id}/reassign", new { userId = World["cdA"].Id })).ValidationErrorAsync("userId");
        await (await lead.PostAsJsonAsync($"/api/tasks/{partners.Id}/reassign", new { userId = World["cdB"].Id })).ValidationErrorAsync("userId");
        await (await lead.PostAsJsonAsync($"/api/tasks/{partners.Id}/reassign", new { userId = Guid.NewGuid() })).ValidationErrorAsync("userId");
        await (await cdA.PostAsJsonAsync($"/api/tasks/{partners.Id}/reassign", new { userId = World["cdA"].Id })).ProblemAsync(HttpStatusCode.Forbidden);
        await (await leadSouth.PostAsJsonAsync($"/api/tasks/{partners.Id}/reassign", new { userId = World["cdA"].Id })).ProblemAsync(HttpStatusCode.NotFound);
        (await (await lead.PostAsJsonAsync($"/api/tasks/{partners.Id}/reassign", new { userId = World["cdA"].Id })).ReadAsync<TaskAssignment>()).AssigneeUserId.ShouldBe(World["cdA"].Id);
    }

    [Fact]
    public async Task A_closed_task_cannot_be_reassigned_or_rescheduled()
    {
        var id = await Programmes.StartAsync(fixture.Factory, Programmes.SixStep, World.PcnA.Id);
        var task = await Programmes.TaskAsync(fixture.Factory, id, "step1-confirm-practices");
        await Programmes.CompleteAsync(fixture.Factory, id, "step1-confirm-practices", new() { ["memberPractices"] = "A", ["registeredPopulation"] = 1 });
        var lead = await World.ClientForAsync("lead");

        await (await lead.PostAsJsonAsync($"/api/tasks/{task.Id}/reassign", new { userId = World["pmA"].Id })).ProblemAsync(HttpStatusCode.Conflict);
        await (await lead.PutAsJsonAsync($"/api/tasks/{task.Id}/schedule", new { dueDate = "2026-06-01" })).ProblemAsync(HttpStatusCode.Conflict);
    }

    [Theory]
    [InlineData("""{}""", "dueDate")]
    [InlineData("""{"reminders":["-P3D","soon"]}""", "reminders[1]")]
    [InlineData("""{"escalateAfter":"-P1D"}""", "escalateAfter")]
    [InlineData("""{"escalateAfter":"P5D","escalateTo":"TheBoss"}""", "escalateTo")]
    public async Task A_bad_schedule_is_400_naming_the_field(string body, string field)
    {
        var id = await Programmes.StartAsync(fixture.Factory, Programmes.SixStep, World.PcnA.Id);
        var task = await Programmes.TaskAsync(fixture.Factory, id, "step1-name-partners");
        var lead = await World.ClientForAsync("lead");

        var response = await lead.PutAsync($"/api/tasks/{task.Id}/schedule", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        (await response.ValidationErrorAsync(field)).ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task Only_the_lead_of_the_ICS_reschedules()
    {
        var id = await Programmes.StartAsync(fixture.Factory, Programmes.SixStep, World.PcnA.Id);
        var task = await Programmes.TaskAsync(fixture.Factory, id, "step1-name-partners");
        var cdA = await World.ClientForAsync("cdA");
        var leadSouth = await World.ClientForAsync("leadSouth");

        await (await cdA.PutAsJsonAsync($"/api/tasks/{task.Id}/schedule", new { dueDate = "2026-06-01" })).ProblemAsync(HttpStatusCode.Forbidden);
        await (await leadSouth.PutAsJsonAsync($"/api/tasks/{task.Id}/schedule", new { dueDate = "2026-06-01" })).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Rescheduling_moves_the_task_the_engine_bookmark_and_the_reminders_together()
    {
        var id = await Programmes.StartAsync(fixture.Factory, Programmes.SixStep, World.PcnA.Id);
        var task = await Programmes.TaskAsync(fixture.Factory, id, "step1-name-partners");
        var before = await Programmes.DbAsync(fixture.Factory, db => db.ScheduledWork.AsNoTracking().Where(w => w.TaskId == task.Id && w.Kind == ScheduledWorkKind.Reminder).ToListAsync());
        var lead = await World.ClientForAsync("lead");

        var schedule = await (await lead.PutAsJsonAsync($"/api/tasks/{task.Id}/schedule", new { dueDate = "2026-06-03", reminders = new[] { "-P2D", "P0D" }, escalateAfter = "P3D" }))
            .ReadAsync<TaskScheduleView>();

        schedule.DueDate.ShouldBe(new DateOnly(2026, 6, 3));
        schedule.Reminders.Select(r => r.Offset).ShouldBe(["-P2D", "P0D"]);
        schedule.EscalateTo.ShouldBe("SupportPerson");
        var row = await Programmes.TaskAsync(fixture.Factory, id, "step1-name-partners");
        row.DueDate.ShouldBe(new DateOnly(2026, 6, 3));
        row.DueAt.ShouldBe(new DateTimeOffset(2026, 6, 3, 23, 0, 0, TimeSpan.Zero));
        TaskPayloads.Read(row).DueDate.ShouldBe(new DateOnly(2026, 6, 3));
        var state = WorkflowStateSerializer.Deserialize(await Programmes.DbAsync(fixture.Factory, db => db.Instances.Where(i => i.Id == id).Select(i => i.StateJson).SingleAsync()));
        state.Bookmarks.Single(b => b.Id == row.BookmarkId).Task!.DueDate.ShouldBe(new DateOnly(2026, 6, 3));

        var after = await Programmes.DbAsync(fixture.Factory, db => db.ScheduledWork.AsNoTracking().Where(w => w.TaskId == task.Id && (w.Kind == ScheduledWorkKind.Reminder || w.Kind == ScheduledWorkKind.Escalation)).ToListAsync());
        after.Where(w => before.Select(b => b.Id).Contains(w.Id)).ShouldAllBe(w => w.Status == ScheduledWorkStatus.Cancelled);
        var planned = after.Where(w => w.Status == ScheduledWorkStatus.Pending).ToList();
        planned.Select(w => w.Key).ShouldBe([$"reminder:{task.Id}:{row.Revision}:0", $"reminder:{task.Id}:{row.Revision}:1", $"escalation:{task.Id}:{row.Revision}"], ignoreOrder: true);
        // Weeks away, so beyond the planning horizon: no Hangfire job until the reconcile job brings them in.
        planned.ShouldAllBe(w => w.JobId == null);
        var detail = await (await lead.GetAsync($"/api/tasks/{task.Id}")).ReadAsync<TaskDetail>();
        detail.Comments.ShouldHaveSingleItem().Text.ShouldContain("3 June 2026");
    }
}
