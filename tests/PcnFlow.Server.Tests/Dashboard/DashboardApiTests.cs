using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PcnFlow.Persistence;
using PcnFlow.Persistence.Identity;
using PcnFlow.Persistence.Organisations;
using PcnFlow.Server.Dashboard;
using PcnFlow.Server.Tests.Infrastructure;
using PcnFlow.Server.Tests.Instances;

namespace PcnFlow.Server.Tests.Dashboard;

public sealed class DashboardApiTests : IAsyncLifetime
{
    private readonly CountingAppFactory _factory = new();
    private TestWorld _world = null!;

    public async Task InitializeAsync() => _world = await TestWorld.CreateAsync(_factory);

    public Task DisposeAsync()
    {
        _factory.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task The_matrix_shows_each_PCN_at_each_stage_with_counts_and_the_overdue_list()
    {
        // PCN A started 25 days ago and has finished step 1, so step 2's vision session is due within the week.
        var pcnA = await Programmes.StartAsync(_factory, Programmes.SixStep, _world.PcnA.Id, Programmes.Today.AddDays(-25));
        await Programmes.CompleteStepOneAsync(_factory, pcnA);
        await Programmes.CompleteAsync(_factory, pcnA, "step1-name-partners", new JsonObject { ["partners"] = "Riverside Community Trust" });
        await Programmes.CompleteAsync(_factory, pcnA, "step1-signoff", outcome: "Approved");
        var pcnB = await Programmes.StartAsync(_factory, Programmes.SixStep, _world.PcnB.Id);
        var lead = await _world.ClientForAsync("lead");

        var dashboard = await (await lead.GetAsync($"/api/dashboard?icsId={_world.North.Id}")).ReadAsync<IcsDashboard>();

        dashboard.IcsName.ShouldBe("North ICS");
        dashboard.Stages.ShouldBe(["Step 1: Establish the PCN", "Step 2: Set the vision"]);
        var a = dashboard.Pcns.Single(p => p.PcnId == _world.PcnA.Id);
        var b = dashboard.Pcns.Single(p => p.PcnId == _world.PcnB.Id);
        a.Cells.Select(c => c.Status).ShouldBe([CellStatus.Done, CellStatus.DueSoon]);
        b.Cells.Select(c => c.Status).ShouldBe([CellStatus.Overdue, CellStatus.NotStarted]);
        a.Cells[0].Completed.ShouldBe(5);
        b.Cells[0].Overdue.ShouldBe(3);
        b.Cells[0].Open.ShouldBe(4);
        b.Counts.ShouldBe(new DashboardCounts(1, 4, 3, 0, 0));
        a.InstanceIds.ShouldBe([pcnA]);
        b.InstanceIds.ShouldBe([pcnB]);
        dashboard.Totals.Instances.ShouldBe(2);
        dashboard.Totals.Overdue.ShouldBe(3);
        dashboard.Overdue.Count.ShouldBe(3);
        dashboard.Overdue.ShouldAllBe(t => t.PcnId == _world.PcnB.Id && t.PcnName == "Hillside PCN" && t.DaysOverdue == 1);
    }

    [Fact]
    public async Task A_CDs_plan_joins_the_dashboard_only_when_shared()
    {
        var plan = await Programmes.StartAsync(_factory, Programmes.First100Days, _world.PcnA.Id, owner: _world["cdA"].Id);
        var lead = await _world.ClientForAsync("lead");
        var cdA = await _world.ClientForAsync("cdA");

        var hidden = await (await lead.GetAsync($"/api/dashboard?icsId={_world.North.Id}")).ReadAsync<IcsDashboard>();
        await (await cdA.PostAsJsonAsync($"/api/workflow-instances/{plan}/share", new { shared = true })).ShouldHaveStatusAsync(HttpStatusCode.OK);
        var shared = await (await lead.GetAsync($"/api/dashboard?icsId={_world.North.Id}")).ReadAsync<IcsDashboard>();
        var filtered = await (await lead.GetAsync($"/api/dashboard?icsId={_world.North.Id}&definitionId={Programmes.SixStep}")).ReadAsync<IcsDashboard>();

        hidden.Stages.ShouldBeEmpty();
        hidden.Totals.Instances.ShouldBe(0);
        shared.Stages.ShouldContain("Theme 4: Under-promise and over-deliver");
        shared.Pcns.Single(p => p.PcnId == _world.PcnA.Id).Counts.Instances.ShouldBe(1);
        filtered.Stages.ShouldBeEmpty();
    }

    [Fact]
    public async Task Only_the_lead_of_the_ICS_or_an_admin_sees_it()
    {
        var cdA = await _world.ClientForAsync("cdA");
        var leadSouth = await _world.ClientForAsync("leadSouth");
        var lead = await _world.ClientForAsync("lead");
        var admin = await _world.ClientForAsync("admin");

        await (await cdA.GetAsync($"/api/dashboard?icsId={_world.North.Id}")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await leadSouth.GetAsync($"/api/dashboard?icsId={_world.North.Id}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await admin.GetAsync($"/api/dashboard?icsId={Guid.NewGuid()}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await admin.GetAsync($"/api/dashboard?icsId={_world.PcnA.Id}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await lead.GetAsync("/api/dashboard")).ValidationErrorAsync("icsId");
        (await (await admin.GetAsync($"/api/dashboard?icsId={_world.South.Id}")).ReadAsync<IcsDashboard>()).Pcns.ShouldHaveSingleItem().PcnName.ShouldBe("Seaside PCN");
    }

    [Fact]
    public async Task Thirty_PCNs_cost_the_same_number_of_queries_as_three()
    {
        var small = await AddIcsAsync("East ICS", 3);
        var large = await AddIcsAsync("West ICS", 30);
        var lead = await _world.ClientForAsync("lead");

        var smallCount = await CountQueriesAsync(lead, small);
        var largeCount = await CountQueriesAsync(lead, large);

        largeCount.ShouldBe(smallCount);
        smallCount.ShouldBeLessThanOrEqualTo(8);
        var dashboard = await (await lead.GetAsync($"/api/dashboard?icsId={large}")).ReadAsync<IcsDashboard>();
        dashboard.Pcns.Count.ShouldBe(30);
        dashboard.Pcns.ShouldAllBe(p => p.Counts.Instances == 1 && p.Cells[0].Status == CellStatus.Overdue);
    }

    private async Task<int> CountQueriesAsync(HttpClient client, Guid icsId)
    {
        _factory.Counter.Reset();
        await (await client.GetAsync($"/api/dashboard?icsId={icsId}")).ShouldHaveStatusAsync(HttpStatusCode.OK);
        return _factory.Counter.Count;
    }

    // An ICS led by the test world's lead, with a running six-step programme in each of its PCNs.
    private async Task<Guid> AddIcsAsync(string name, int pcns)
    {
        var ids = new List<Guid>();
        Guid icsId;
        using (var scope = _factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PcnFlowDbContext>();
            var ics = new Organisation { Kind = OrganisationKind.Ics, Name = name, CreatedAt = _factory.Time.GetUtcNow() };
            db.Organisations.Add(ics);
            for (var i = 1; i <= pcns; i++)
            {
                var pcn = new Organisation { Kind = OrganisationKind.Pcn, Name = $"{name} PCN {i:00}", ParentId = ics.Id, CreatedAt = _factory.Time.GetUtcNow() };
                db.Organisations.Add(pcn);
                ids.Add(pcn.Id);
            }
            db.RoleAssignments.Add(new RoleAssignment { UserId = _world["lead"].Id, Role = AccessRoles.ProgrammeLead, OrganisationId = ics.Id });
            await db.SaveChangesAsync();
            icsId = ics.Id;
        }
        foreach (var pcn in ids)
            await Programmes.StartAsync(_factory, Programmes.SixStep, pcn);
        return icsId;
    }
}
