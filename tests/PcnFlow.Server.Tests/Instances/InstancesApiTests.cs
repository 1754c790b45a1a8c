using System.Net;
using System.Net.Http.Json;
using PcnFlow.Engine.Runtime;
using PcnFlow.Server.Instances;

namespace PcnFlow.Server.Tests.Instances;

public sealed class InstancesApiTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private Infrastructure.TestWorld World => fixture.World;

    [Fact]
    public async Task The_lead_starts_a_programme_for_a_PCN_of_their_ICS()
    {
        var lead = await World.ClientForAsync("lead");

        var response = await lead.PostAsJsonAsync("/api/workflow-instances", new { definitionId = Programmes.SixStep, pcnId = World.PcnB.Id, day0 = "2026-07-01" });

        var started = await response.ReadAsync<InstanceSummary>(HttpStatusCode.Created);
        response.Headers.Location!.ToString().ShouldBe($"/api/workflow-instances/{started.Id}");
        started.DefinitionId.ShouldBe(Programmes.SixStep);
        started.DefinitionVersion.ShouldBe(1);
        started.PcnName.ShouldBe("Hillside PCN");
        started.IcsId.ShouldBe(World.North.Id);
        started.Day0.ShouldBe(new DateOnly(2026, 7, 1));
        started.Status.ShouldBe(WorkflowStatus.Running);
        started.OwnerUserId.ShouldBeNull();
    }

    [Theory]
    [InlineData("""{"pcnId":"PCN","day0":"2026-07-01"}""", "definitionId")]
    [InlineData("""{"definitionId":"no-such-programme","pcnId":"PCN","day0":"2026-07-01"}""", "definitionId")]
    [InlineData("""{"definitionId":"six-step-development-support","version":99,"pcnId":"PCN","day0":"2026-07-01"}""", "version")]
    [InlineData("""{"definitionId":"six-step-development-support","day0":"2026-07-01"}""", "pcnId")]
    [InlineData("""{"definitionId":"six-step-development-support","pcnId":"PCN"}""", "day0")]
    public async Task Starting_with_a_missing_or_unknown_value_is_a_400_naming_the_field(string body, string field)
    {
        var lead = await World.ClientForAsync("lead");

        var response = await lead.PostAsync("/api/workflow-instances", new StringContent(body.Replace("PCN", World.PcnA.Id.ToString(), StringComparison.Ordinal), System.Text.Encoding.UTF8, "application/json"));

        (await response.ValidationErrorAsync(field)).ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task Starting_for_a_PCN_of_another_ICS_or_an_unknown_PCN_is_404_and_a_CD_may_not_start_the_six_steps()
    {
        var lead = await World.ClientForAsync("lead");
        var cdA = await World.ClientForAsync("cdA");

        await (await lead.PostAsJsonAsync("/api/workflow-instances", new { definitionId = Programmes.SixStep, pcnId = World.PcnC.Id, day0 = "2026-07-01" })).ProblemAsync(HttpStatusCode.NotFound);
        await (await lead.PostAsJsonAsync("/api/workflow-instances", new { definitionId = Programmes.SixStep, pcnId = Guid.NewGuid(), day0 = "2026-07-01" })).ProblemAsync(HttpStatusCode.NotFound);
        await (await cdA.PostAsJsonAsync("/api/workflow-instances", new { definitionId = Programmes.SixStep, pcnId = World.PcnA.Id, day0 = "2026-07-01" })).ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_CD_starts_their_own_first_100_days_plan_and_it_is_theirs()
    {
        var cdA = await World.ClientForAsync("cdA");

        var plan = await (await cdA.PostAsJsonAsync("/api/workflow-instances", new { definitionId = Programmes.First100Days, pcnId = World.PcnA.Id, day0 = "2026-04-01" }))
            .ReadAsync<InstanceSummary>(HttpStatusCode.Created);

        plan.OwnerUserId.ShouldBe(World["cdA"].Id);
        plan.SharedWithLead.ShouldBeFalse();
        var detail = await (await cdA.GetAsync($"/api/workflow-instances/{plan.Id}")).ReadAsync<InstanceDetail>();
        detail.OpenTasks.ShouldContain(t => t.Title == "Start your commitments register");
        detail.Waiting.ShouldBeEmpty();

        // With the register started, the checkpoints track waits for its day-30 review to open, a week early.
        await Programmes.CompleteAsync(fixture.Factory, plan.Id, "commitments-register", new() { ["register"] = "https://example.nhs.uk/register" });
        var waiting = (await (await cdA.GetAsync($"/api/workflow-instances/{plan.Id}")).ReadAsync<InstanceDetail>()).Waiting.ShouldHaveSingleItem();
        (waiting.Kind, waiting.ActivityId).ShouldBe(("Review", "checkpoint-day-30"));
        waiting.DueAt.ShouldBe(new DateTimeOffset(2026, 4, 24, 8, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public async Task A_CD_may_not_start_a_plan_for_someone_else_and_the_lead_must_say_whose_plan_it_is()
    {
        var cdA = await World.ClientForAsync("cdA");
        var lead = await World.ClientForAsync("lead");

        await (await cdA.PostAsJsonAsync("/api/workflow-instances", new { definitionId = Programmes.First100Days, pcnId = World.PcnA.Id, day0 = "2026-04-01", ownerUserId = World["cdB"].Id }))
            .ProblemAsync(HttpStatusCode.Forbidden);
        await (await lead.PostAsJsonAsync("/api/workflow-instances", new { definitionId = Programmes.First100Days, pcnId = World.PcnA.Id, day0 = "2026-04-01" }))
            .ValidationErrorAsync("ownerUserId");
        await (await lead.PostAsJsonAsync("/api/workflow-instances", new { definitionId = Programmes.First100Days, pcnId = World.PcnA.Id, day0 = "2026-04-01", ownerUserId = World["cdB"].Id }))
            .ValidationErrorAsync("ownerUserId");
        var started = await (await lead.PostAsJsonAsync("/api/workflow-instances", new { definitionId = Programmes.First100Days, pcnId = World.PcnA.Id, day0 = "2026-04-01", ownerUserId = World["cdA"].Id }))
            .ReadAsync<InstanceSummary>(HttpStatusCode.Created);
        started.OwnerUserId.ShouldBe(World["cdA"].Id);
    }

    [Fact]
    public async Task The_list_is_filtered_scoped_and_paginated()
    {
        var pcnB = await Programmes.StartAsync(fixture.Factory, Programmes.SixStep, World.PcnB.Id);
        await Programmes.StartAsync(fixture.Factory, Programmes.SixStep, World.PcnB.Id);
        var pcnC = await Programmes.StartAsync(fixture.Factory, Programmes.SixStep, World.PcnC.Id);
        var lead = await World.ClientForAsync("lead");
        var cdA = await World.ClientForAsync("cdA");

        var firstPage = await (await lead.GetAsync($"/api/workflow-instances?pcnId={World.PcnB.Id}&definitionId={Programmes.SixStep}&status=Running&pageSize=1")).ReadAsync<PagedList<InstanceSummary>>();
        var secondPage = await (await lead.GetAsync($"/api/workflow-instances?pcnId={World.PcnB.Id}&definitionId={Programmes.SixStep}&status=Running&pageSize=1&page=2")).ReadAsync<PagedList<InstanceSummary>>();
        var north = await (await lead.GetAsync($"/api/workflow-instances?icsId={World.North.Id}&pageSize=200")).ReadAsync<PagedList<InstanceSummary>>();
        var seenByCdA = await (await cdA.GetAsync("/api/workflow-instances?pageSize=200")).ReadAsync<PagedList<InstanceSummary>>();
        var cancelled = await (await lead.GetAsync($"/api/workflow-instances?pcnId={World.PcnB.Id}&status=Cancelled")).ReadAsync<PagedList<InstanceSummary>>();

        firstPage.Total.ShouldBeGreaterThanOrEqualTo(2);
        firstPage.Items.Count.ShouldBe(1);
        secondPage.Items.Single().Id.ShouldNotBe(firstPage.Items.Single().Id);
        north.Items.ShouldContain(i => i.Id == pcnB);
        north.Items.ShouldNotContain(i => i.Id == pcnC);
        north.Items.ShouldAllBe(i => i.IcsId == World.North.Id);
        seenByCdA.Items.ShouldNotContain(i => i.PcnId == World.PcnB.Id);
        cancelled.Items.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("pageSize=201", "pageSize")]
    [InlineData("page=0", "page")]
    [InlineData("status=Sleeping", "status")]
    public async Task A_bad_list_query_is_a_400_naming_the_parameter(string query, string field)
    {
        var lead = await World.ClientForAsync("lead");

        (await (await lead.GetAsync($"/api/workflow-instances?{query}")).ValidationErrorAsync(field)).ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task Getting_an_instance_shows_its_open_tasks_and_what_it_waits_for_but_not_to_another_ICS()
    {
        var id = await Programmes.StartAsync(fixture.Factory, Programmes.SixStep, World.PcnA.Id);
        var lead = await World.ClientForAsync("lead");
        var leadSouth = await World.ClientForAsync("leadSouth");

        var detail = await (await lead.GetAsync($"/api/workflow-instances/{id}")).ReadAsync<InstanceDetail>();

        detail.Instance.Id.ShouldBe(id);
        detail.Instance.SubStatus.ShouldBe(WorkflowSubStatus.Suspended);
        detail.OpenTasks.Select(t => t.ActivityId).ShouldBe(["step1-confirm-practices", "step1-appoint-cd", "step1-sign-agreement", "step1-name-partners"], ignoreOrder: true);
        detail.OpenTasks.Single(t => t.ActivityId == "step1-confirm-practices").Overdue.ShouldBeTrue();
        detail.OpenTasks.Single(t => t.ActivityId == "step1-name-partners").Overdue.ShouldBeFalse();
        detail.Incidents.ShouldBeEmpty();
        await (await leadSouth.GetAsync($"/api/workflow-instances/{id}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await lead.GetAsync("/api/workflow-instances/no-such-instance")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_journal_records_sign_off_decisions_with_their_comments()
    {
        var id = await Programmes.StartAsync(fixture.Factory, Programmes.SixStep, World.PcnA.Id);
        await Programmes.CompleteStepOneAsync(fixture.Factory, id);
        await Programmes.CompleteAsync(fixture.Factory, id, "step1-signoff", outcome: "Returned", comment: "The agreement is missing page 3.");
        var lead = await World.ClientForAsync("lead");
        var cdC = await World.ClientForAsync("cdC");

        var journal = await (await lead.GetAsync($"/api/workflow-instances/{id}/journal?pageSize=200")).ReadAsync<PagedList<JournalLine>>();
        var page = await (await lead.GetAsync($"/api/workflow-instances/{id}/journal?pageSize=5&page=2")).ReadAsync<PagedList<JournalLine>>();

        var decision = journal.Items.Single(l => l.Decision != null);
        decision.ActivityId.ShouldBe("step1-signoff");
        decision.Decision.ShouldBe("Returned");
        decision.Comment.ShouldBe("The agreement is missing page 3.");
        journal.Items.Select(l => l.Sequence).ShouldBeInOrder();
        journal.Items[0].Kind.ShouldBe("WorkflowStarted");
        journal.Total.ShouldBe(journal.Items.Count);
        page.Items.Select(l => l.Sequence).ShouldBe(journal.Items.Skip(5).Take(5).Select(l => l.Sequence));
        await (await cdC.GetAsync($"/api/workflow-instances/{id}/journal")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Only_the_lead_cancels_a_programme_and_only_once()
    {
        var id = await Programmes.StartAsync(fixture.Factory, Programmes.SixStep, World.PcnA.Id);
        var lead = await World.ClientForAsync("lead");
        var cdA = await World.ClientForAsync("cdA");
        var leadSouth = await World.ClientForAsync("leadSouth");

        await (await cdA.PostAsJsonAsync($"/api/workflow-instances/{id}/cancel", new { reason = "No" })).ProblemAsync(HttpStatusCode.Forbidden);
        await (await leadSouth.PostAsJsonAsync($"/api/workflow-instances/{id}/cancel", new { reason = "No" })).ProblemAsync(HttpStatusCode.NotFound);
        var cancelled = await (await lead.PostAsJsonAsync($"/api/workflow-instances/{id}/cancel", new { reason = "The PCN merged" })).ReadAsync<InstanceSummary>();
        var again = await lead.PostAsJsonAsync($"/api/workflow-instances/{id}/cancel", new { reason = "Twice" });

        cancelled.Status.ShouldBe(WorkflowStatus.Finished);
        cancelled.SubStatus.ShouldBe(WorkflowSubStatus.Cancelled);
        (await again.ProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString().ShouldNotBeNullOrWhiteSpace();
        var detail = await (await lead.GetAsync($"/api/workflow-instances/{id}")).ReadAsync<InstanceDetail>();
        detail.OpenTasks.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_personal_plan_is_hidden_from_the_lead_until_its_owner_shares_it()
    {
        var plan = await Programmes.StartAsync(fixture.Factory, Programmes.First100Days, World.PcnA.Id, owner: World["cdA"].Id);
        var cdA = await World.ClientForAsync("cdA");
        var lead = await World.ClientForAsync("lead");
        var supportA = await World.ClientForAsync("supportA");

        await (await supportA.GetAsync($"/api/workflow-instances/{plan}")).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await (await lead.GetAsync($"/api/workflow-instances/{plan}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await lead.PostAsJsonAsync($"/api/workflow-instances/{plan}/share", new { shared = true })).ProblemAsync(HttpStatusCode.NotFound);
        await (await supportA.PostAsJsonAsync($"/api/workflow-instances/{plan}/share", new { shared = true })).ProblemAsync(HttpStatusCode.Forbidden);

        var shared = await (await cdA.PostAsJsonAsync($"/api/workflow-instances/{plan}/share", new { shared = true })).ReadAsync<InstanceSummary>();
        shared.SharedWithLead.ShouldBeTrue();
        await (await lead.GetAsync($"/api/workflow-instances/{plan}")).ShouldHaveStatusAsync(HttpStatusCode.OK);
        (await (await lead.GetAsync($"/api/workflow-instances?pcnId={World.PcnA.Id}&definitionId={Programmes.First100Days}&pageSize=200")).ReadAsync<PagedList<InstanceSummary>>())
            .Items.ShouldContain(i => i.Id == plan);

        var toggled = await (await cdA.PostAsync($"/api/workflow-instances/{plan}/share", null)).ReadAsync<InstanceSummary>();
        toggled.SharedWithLead.ShouldBeFalse();
        await (await lead.GetAsync($"/api/workflow-instances/{plan}")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Only_a_personal_plan_can_be_shared()
    {
        var id = await Programmes.StartAsync(fixture.Factory, Programmes.SixStep, World.PcnA.Id);
        var cdA = await World.ClientForAsync("cdA");

        await (await cdA.PostAsJsonAsync($"/api/workflow-instances/{id}/share", new { shared = true })).ProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Nobody_signed_in_gets_a_401()
    {
        var anonymous = fixture.Factory.CreateClient();

        await (await anonymous.GetAsync("/api/workflow-instances")).ShouldHaveStatusAsync(HttpStatusCode.Unauthorized);
    }
}
