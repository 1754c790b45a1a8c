using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PcnFlow.Persistence.Tasks;
using PcnFlow.Server.Dashboard;
using PcnFlow.Server.Tests.Infrastructure;
using PcnFlow.Server.Tests.Instances;

namespace PcnFlow.Server.Tests.Dashboard;

public sealed class ProgressApiTests : IAsyncLifetime
{
    private readonly PcnFlowAppFactory _factory = new();
    private TestWorld _world = null!;

    public async Task InitializeAsync() => _world = await TestWorld.CreateAsync(_factory);

    public Task DisposeAsync()
    {
        _factory.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Completed_tasks_are_counted_in_the_UK_week_they_were_done_with_a_running_total()
    {
        // Day one is Wednesday 1 April 2026: step 1's three tasks are done that week, its last two the next.
        var pcnA = await Programmes.StartAsync(_factory, Programmes.SixStep, _world.PcnA.Id, Programmes.Today.AddDays(-25));
        await Programmes.CompleteStepOneAsync(_factory, pcnA);
        _factory.Time.Advance(TimeSpan.FromDays(7));
        await Programmes.CompleteAsync(_factory, pcnA, "step1-name-partners", new JsonObject { ["partners"] = "Riverside Community Trust" });
        await Programmes.CompleteAsync(_factory, pcnA, "step1-signoff", outcome: "Approved");
        var lead = await _world.ClientForAsync("lead");

        var progress = await (await lead.GetAsync($"/api/dashboard/{_world.North.Id}/progress?weeks=3")).ReadAsync<DashboardProgress>();
        var lastWeek = await (await lead.GetAsync($"/api/dashboard/{_world.North.Id}/progress?weeks=1")).ReadAsync<DashboardProgress>();

        progress.Weeks.ShouldBe([
            new ProgressWeek(new DateOnly(2026, 3, 23), 0, 0),
            new ProgressWeek(new DateOnly(2026, 3, 30), 3, 3),
            new ProgressWeek(new DateOnly(2026, 4, 6), 2, 5),
        ]);
        lastWeek.Weeks.ShouldBe([new ProgressWeek(new DateOnly(2026, 4, 6), 2, 5)]);
        (await (await lead.GetAsync($"/api/dashboard/{_world.North.Id}/progress"))
            .ReadAsync<DashboardProgress>()).Weeks.Count.ShouldBe(ProgressQuery.DefaultWeeks);
    }

    [Fact]
    public async Task Only_the_leads_own_ICS_and_shared_plans_count()
    {
        var south = await Programmes.StartAsync(_factory, Programmes.SixStep, _world.PcnC.Id, Programmes.Today.AddDays(-25));
        await Programmes.CompleteStepOneAsync(_factory, south);
        var plan = await Programmes.StartAsync(_factory, Programmes.First100Days, _world.PcnA.Id, owner: _world["cdA"].Id);
        var planTasks = await Programmes.DbAsync(_factory, db => db.Tasks.Where(t => t.InstanceId == plan)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.State, TaskState.Completed).SetProperty(t => t.CompletedAt, _factory.Time.GetUtcNow())));
        var lead = await _world.ClientForAsync("lead");
        var leadSouth = await _world.ClientForAsync("leadSouth");

        var north = await (await lead.GetAsync($"/api/dashboard/{_world.North.Id}/progress?weeks=1")).ReadAsync<DashboardProgress>();
        var southView = await (await leadSouth.GetAsync($"/api/dashboard/{_world.South.Id}/progress?weeks=1")).ReadAsync<DashboardProgress>();

        planTasks.ShouldBeGreaterThan(0);
        north.Weeks.ShouldHaveSingleItem().CompletedToDate.ShouldBe(0);
        southView.Weeks.ShouldHaveSingleItem().Completed.ShouldBe(3);
    }

    [Fact]
    public async Task Others_are_refused_and_the_number_of_weeks_is_checked()
    {
        var cdA = await _world.ClientForAsync("cdA");
        var leadSouth = await _world.ClientForAsync("leadSouth");
        var lead = await _world.ClientForAsync("lead");

        await (await cdA.GetAsync($"/api/dashboard/{_world.North.Id}/progress")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await leadSouth.GetAsync($"/api/dashboard/{_world.North.Id}/progress")).ProblemAsync(HttpStatusCode.NotFound);
        await (await lead.GetAsync($"/api/dashboard/{_world.PcnA.Id}/progress")).ProblemAsync(HttpStatusCode.NotFound);
        await (await lead.GetAsync($"/api/dashboard/{_world.North.Id}/progress?weeks=0")).ValidationErrorAsync("weeks");
        await (await lead.GetAsync($"/api/dashboard/{_world.North.Id}/progress?weeks=105")).ValidationErrorAsync("weeks");
    }
}
