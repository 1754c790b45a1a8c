using System.Net;
using System.Net.Http.Json;
using PcnFlow.Server.Instances;
using PcnFlow.Server.Tasks;
using PcnFlow.Server.Tests.Infrastructure;
using PcnFlow.Server.Tests.Instances;

namespace PcnFlow.Server.Tests.Tasks;

/// <summary>Who sees which tasks. Each test has its own database, so an inbox holds exactly what the test started.</summary>
public sealed class InboxTests : IAsyncLifetime
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
    public async Task A_CD_sees_only_their_PCN_and_their_own_plan_and_the_lead_sees_their_ICS()
    {
        var pcnA = await Programmes.StartAsync(_factory, Programmes.SixStep, _world.PcnA.Id);
        var pcnB = await Programmes.StartAsync(_factory, Programmes.SixStep, _world.PcnB.Id);
        var pcnC = await Programmes.StartAsync(_factory, Programmes.SixStep, _world.PcnC.Id);
        await Programmes.CompleteStepOneAsync(_factory, pcnB);
        await Programmes.CompleteStepOneAsync(_factory, pcnC);

        var cdA = await InboxAsync("cdA");
        var cdB = await InboxAsync("cdB");
        var pmA = await InboxAsync("pmA");
        var lead = await InboxAsync("lead");
        var leadSouth = await InboxAsync("leadSouth");

        cdA.Items.Select(t => (t.InstanceId, t.Title)).ShouldBe([(pcnA, "Name the PCN's wider partners")]);
        cdA.Items[0].PcnName.ShouldBe("Riverside PCN");
        cdB.Items.ShouldAllBe(t => t.PcnId == _world.PcnB.Id);
        cdB.Items.ShouldContain(t => t.InstanceId == pcnB && t.Title == "Name the PCN's wider partners");
        // Recording the CD's appointment in step 1 started their 100-day plan, which is theirs alone.
        cdB.Items.ShouldContain(t => t.PersonalPlan && t.ProgrammeName == "A new Clinical Director's first 100 days");
        pmA.Items.Select(t => t.Title).ShouldBe(["Confirm the PCN's member practices", "Sign the Network Contract DES and Network Agreement"], ignoreOrder: true);
        pmA.Items.ShouldAllBe(t => t.InstanceId == pcnA);
        lead.Items.Select(t => (t.InstanceId, t.Title)).ShouldBe([(pcnB, "Sign off step 1: Establish the PCN")]);
        leadSouth.Items.Select(t => (t.InstanceId, t.Title)).ShouldBe([(pcnC, "Sign off step 1: Establish the PCN")]);
    }

    [Fact]
    public async Task Overdue_tasks_come_first_then_by_due_date_with_programme_PCN_and_stage()
    {
        // Day 0 three weeks ago: the commitments register (D+7) and the comms survey (D+14) are overdue.
        await Programmes.StartAsync(_factory, Programmes.First100Days, _world.PcnA.Id, Programmes.Today.AddDays(-21), _world["cdA"].Id);

        var inbox = await InboxAsync("cdA");

        var overdue = inbox.Items.TakeWhile(t => t.Overdue).ToList();
        overdue.Select(t => t.Title).ShouldBe(["Start your commitments register", "Ask practices how they want to hear from the PCN"]);
        inbox.Items.Skip(overdue.Count).ShouldAllBe(t => !t.Overdue);
        inbox.Items.Skip(overdue.Count).Select(t => t.DueAt).ShouldBeInOrder();
        var first = inbox.Items[0];
        first.PcnName.ShouldBe("Riverside PCN");
        first.Stage.ShouldBe("Theme 4: Under-promise and over-deliver");
        first.DueDate.ShouldNotBeNull();
        first.DueAt.ShouldNotBeNull();
        inbox.Total.ShouldBe(inbox.Items.Count);
    }

    [Fact]
    public async Task The_support_person_sees_the_CDs_plan_and_the_lead_sees_it_only_once_shared()
    {
        var plan = await Programmes.StartAsync(_factory, Programmes.First100Days, _world.PcnA.Id, owner: _world["cdA"].Id);
        var task = await Programmes.TaskAsync(_factory, plan, "commitments-register");
        var cdA = await _world.ClientForAsync("cdA");
        var supportA = await _world.ClientForAsync("supportA");
        var lead = await _world.ClientForAsync("lead");
        var cdB = await _world.ClientForAsync("cdB");

        (await (await supportA.GetAsync($"/api/tasks/{task.Id}")).ReadAsync<TaskDetail>()).Title.ShouldBe("Start your commitments register");
        await (await lead.GetAsync($"/api/tasks/{task.Id}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await cdB.GetAsync($"/api/tasks/{task.Id}")).ProblemAsync(HttpStatusCode.NotFound);
        (await InboxAsync("lead")).Items.ShouldBeEmpty();

        await (await cdA.PostAsJsonAsync($"/api/workflow-instances/{plan}/share", new { shared = true })).ShouldHaveStatusAsync(HttpStatusCode.OK);

        var seen = await (await lead.GetAsync($"/api/tasks/{task.Id}")).ReadAsync<TaskDetail>();
        seen.PersonalPlan.ShouldBeTrue();
        seen.CanAct.ShouldBeFalse();
        (await InboxAsync("lead")).Items.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_PCN_board_sees_the_board_sign_off_of_a_CDs_plan_but_not_the_plan()
    {
        var plan = await Programmes.StartAsync(_factory, Programmes.First100Days, _world.PcnA.Id, owner: _world["cdA"].Id);
        await Programmes.CompleteAsync(_factory, plan, "purpose-draft", new() { ["purposeDraft"] = "Care closer to home", ["successMeasures"] = "Fewer admissions" });
        await Programmes.CompleteAsync(_factory, plan, "purpose-playback", new() { ["playbackDate"] = "2026-04-01", ["purposeStatement"] = "Care closer to home" });
        var signOff = await Programmes.TaskAsync(_factory, plan, "purpose-board-signoff");
        var other = await Programmes.TaskAsync(_factory, plan, "commitments-register");
        var boardA = await _world.ClientForAsync("boardA");

        (await InboxAsync("boardA")).Items.Select(t => t.Id).ShouldBe([signOff.Id]);
        (await (await boardA.GetAsync($"/api/tasks/{signOff.Id}")).ReadAsync<TaskDetail>()).CanAct.ShouldBeTrue();
        await (await boardA.GetAsync($"/api/tasks/{other.Id}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await boardA.GetAsync($"/api/workflow-instances/{plan}")).ProblemAsync(HttpStatusCode.NotFound);
        (await (await boardA.PostAsJsonAsync($"/api/tasks/{signOff.Id}/decision", new { decision = "Approved" })).ReadAsync<TaskOutcome>()).Outcome.ShouldBe("Approved");
    }

    [Fact]
    public async Task A_bad_page_size_is_a_400()
    {
        var cdA = await _world.ClientForAsync("cdA");

        (await (await cdA.GetAsync("/api/tasks?pageSize=500")).ValidationErrorAsync("pageSize")).ShouldNotBeNullOrWhiteSpace();
    }

    private async Task<PagedList<InboxItem>> InboxAsync(string name)
    {
        var client = await _world.ClientForAsync(name);
        return await (await client.GetAsync("/api/tasks?pageSize=200")).ReadAsync<PagedList<InboxItem>>();
    }
}
