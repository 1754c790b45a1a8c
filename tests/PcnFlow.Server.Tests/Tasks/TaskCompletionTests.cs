using System.Net;
using System.Net.Http.Json;
using PcnFlow.Engine.Tasks;
using PcnFlow.Persistence.Tasks;
using PcnFlow.Server.Tasks;
using PcnFlow.Server.Tests.Instances;

namespace PcnFlow.Server.Tests.Tasks;

public sealed class TaskCompletionTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private Infrastructure.TestWorld World => fixture.World;

    [Fact]
    public async Task A_task_shows_its_form_outcomes_and_instructions_as_safe_HTML()
    {
        var id = await Programmes.StartAsync(fixture.Factory, Programmes.SixStep, World.PcnA.Id);
        var task = await Programmes.TaskAsync(fixture.Factory, id, "step1-sign-agreement");
        var pmA = await World.ClientForAsync("pmA");
        var cdA = await World.ClientForAsync("cdA");

        var detail = await (await pmA.GetAsync($"/api/tasks/{task.Id}")).ReadAsync<TaskDetail>();
        var seenByCd = await (await cdA.GetAsync($"/api/tasks/{task.Id}")).ReadAsync<TaskDetail>();

        detail.Title.ShouldBe("Sign the Network Contract DES and Network Agreement");
        detail.ProgrammeName.ShouldBe("PCN development support: the six steps");
        detail.PcnName.ShouldBe("Riverside PCN");
        detail.Stage.ShouldBe("Step 1: Establish the PCN");
        detail.Form!.Fields.Select(f => f.Name).ShouldBe(["signedAgreement", "allPracticesSigned", "nominatedPayee"]);
        detail.Form.Fields[0].Kind.ShouldBe(FieldKinds.EvidenceLink);
        detail.Outcomes.ShouldBe(["Done"]);
        detail.InstructionsMarkdown!.ShouldContain("**Good looks like:**");
        detail.InstructionsHtml.ShouldContain("<strong>Good looks like:</strong>");
        detail.Reminders.ShouldNotBeNull();
        detail.Overdue.ShouldBeTrue();
        detail.CanAct.ShouldBeTrue();
        seenByCd.CanAct.ShouldBeFalse();
    }

    [Fact]
    public async Task A_task_in_another_ICS_or_unknown_is_404()
    {
        var id = await Programmes.StartAsync(fixture.Factory, Programmes.SixStep, World.PcnA.Id);
        var task = await Programmes.TaskAsync(fixture.Factory, id, "step1-sign-agreement");
        var leadSouth = await World.ClientForAsync("leadSouth");
        var cdB = await World.ClientForAsync("cdB");

        await (await leadSouth.GetAsync($"/api/tasks/{task.Id}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await cdB.GetAsync($"/api/tasks/{task.Id}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await leadSouth.GetAsync($"/api/tasks/{Guid.NewGuid()}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await leadSouth.PostAsJsonAsync($"/api/tasks/{task.Id}/complete", new { fields = new { } })).ProblemAsync(HttpStatusCode.NotFound);
        await (await leadSouth.PostAsJsonAsync($"/api/tasks/{task.Id}/decision", new { decision = "Approved" })).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Completing_checks_the_form_and_names_each_bad_field()
    {
        var id = await Programmes.StartAsync(fixture.Factory, Programmes.SixStep, World.PcnA.Id);
        var task = await Programmes.TaskAsync(fixture.Factory, id, "step1-confirm-practices");
        var pmA = await World.ClientForAsync("pmA");

        var response = await pmA.PostAsJsonAsync($"/api/tasks/{task.Id}/complete", new { fields = new { registeredPopulation = "lots" } });

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        errors.GetProperty("memberPractices")[0].GetString().ShouldNotBeNullOrWhiteSpace();
        errors.GetProperty("registeredPopulation")[0].GetString().ShouldNotBeNullOrWhiteSpace();
        await (await pmA.PostAsJsonAsync($"/api/tasks/{task.Id}/complete", new { outcome = "Maybe", fields = Valid })).ValidationErrorAsync("outcome");
        await (await pmA.PostAsJsonAsync($"/api/tasks/{task.Id}/complete", new { fields = new[] { 1, 2 } })).ValidationErrorAsync("fields");
        (await Programmes.TaskAsync(fixture.Factory, id, "step1-confirm-practices")).State.ShouldBe(TaskState.Open);
    }

    [Fact]
    public async Task The_owner_completes_a_task_once_and_someone_without_the_role_may_not()
    {
        var id = await Programmes.StartAsync(fixture.Factory, Programmes.SixStep, World.PcnA.Id);
        var task = await Programmes.TaskAsync(fixture.Factory, id, "step1-confirm-practices");
        var pmA = await World.ClientForAsync("pmA");
        var cdA = await World.ClientForAsync("cdA");

        await (await cdA.PostAsJsonAsync($"/api/tasks/{task.Id}/complete", new { fields = Valid })).ProblemAsync(HttpStatusCode.Forbidden);
        var done = await (await pmA.PostAsJsonAsync($"/api/tasks/{task.Id}/complete", new { fields = Valid, comment = "All six practices" })).ReadAsync<TaskOutcome>();
        var again = await pmA.PostAsJsonAsync($"/api/tasks/{task.Id}/complete", new { fields = Valid });

        done.State.ShouldBe(TaskState.Completed);
        done.Outcome.ShouldBe("Done");
        done.CompletedBy.ShouldBe("pmA@test.pcnflow");
        await again.ProblemAsync(HttpStatusCode.Conflict);
        var detail = await (await pmA.GetAsync($"/api/tasks/{task.Id}")).ReadAsync<TaskDetail>();
        detail.Data!["registeredPopulation"]!.GetValue<int>().ShouldBe(42000);
        detail.CanAct.ShouldBeFalse();
    }

    [Fact]
    public async Task Two_people_completing_the_same_task_at_once_get_exactly_one_200_and_one_409()
    {
        var id = await Programmes.StartAsync(fixture.Factory, Programmes.SixStep, World.PcnA.Id);
        var task = await Programmes.TaskAsync(fixture.Factory, id, "step1-confirm-practices");
        var pmA = await World.ClientForAsync("pmA");
        var lead = await World.ClientForAsync("lead");

        var responses = await Task.WhenAll(
            pmA.PostAsJsonAsync($"/api/tasks/{task.Id}/complete", new { fields = Valid }),
            lead.PostAsJsonAsync($"/api/tasks/{task.Id}/complete", new { fields = Valid }));

        responses.Select(r => r.StatusCode).ShouldBe([HttpStatusCode.OK, HttpStatusCode.Conflict], ignoreOrder: true);
        await responses.Single(r => r.StatusCode == HttpStatusCode.Conflict).ProblemAsync(HttpStatusCode.Conflict);
        var journal = await Programmes.DbAsync(fixture.Factory, db => Task.FromResult(db.Journal.Count(j => j.InstanceId == id && j.Kind == "BookmarkResumed" && j.ActivityId == "step1-confirm-practices")));
        journal.ShouldBe(1);
    }

    [Fact]
    public async Task The_lead_returns_a_sign_off_with_a_comment_and_the_work_reopens_showing_it()
    {
        var id = await Programmes.StartAsync(fixture.Factory, Programmes.SixStep, World.PcnA.Id);
        await Programmes.CompleteStepOneAsync(fixture.Factory, id);
        var signOff = await Programmes.TaskAsync(fixture.Factory, id, "step1-signoff");
        var practices = await Programmes.TaskAsync(fixture.Factory, id, "step1-confirm-practices", TaskState.Completed);
        var lead = await World.ClientForAsync("lead");
        var pmA = await World.ClientForAsync("pmA");

        await (await lead.PostAsJsonAsync($"/api/tasks/{signOff.Id}/decision", new { decision = "Returned" })).ValidationErrorAsync("comment");
        await (await lead.PostAsJsonAsync($"/api/tasks/{signOff.Id}/decision", new { decision = "Maybe" })).ValidationErrorAsync("decision");
        await (await pmA.PostAsJsonAsync($"/api/tasks/{signOff.Id}/decision", new { decision = "Approved" })).ProblemAsync(HttpStatusCode.Forbidden);
        await (await lead.PostAsJsonAsync($"/api/tasks/{practices.Id}/decision", new { decision = "Approved" })).ValidationErrorAsync("decision");
        var returned = await (await lead.PostAsJsonAsync($"/api/tasks/{signOff.Id}/decision", new { decision = "returned", comment = "Add the ODS codes." })).ReadAsync<TaskOutcome>();
        await (await lead.PostAsJsonAsync($"/api/tasks/{signOff.Id}/decision", new { decision = "Approved" })).ProblemAsync(HttpStatusCode.Conflict);

        returned.Outcome.ShouldBe("Returned");
        var reopened = await Programmes.TaskAsync(fixture.Factory, id, "step1-confirm-practices");
        var detail = await (await pmA.GetAsync($"/api/tasks/{reopened.Id}")).ReadAsync<TaskDetail>();
        detail.Attempt.ShouldBe(2);
        detail.ReturnedComment.ShouldBe("Add the ODS codes.");
        var decision = detail.SignOffDecisions.ShouldHaveSingleItem();
        (decision.Decision, decision.Comment, decision.DecidedBy).ShouldBe(("Returned", "Add the ODS codes.", "lead@test.pcnflow"));
        (await (await lead.GetAsync($"/api/tasks/{signOff.Id}")).ReadAsync<TaskDetail>()).SignOffDecisions.ShouldHaveSingleItem().Decision.ShouldBe("Returned");
    }

    [Fact]
    public async Task The_lead_approves_a_sign_off_and_the_next_step_opens()
    {
        var id = await Programmes.StartAsync(fixture.Factory, Programmes.SixStep, World.PcnA.Id);
        await Programmes.CompleteStepOneAsync(fixture.Factory, id);
        var signOff = await Programmes.TaskAsync(fixture.Factory, id, "step1-signoff");
        var lead = await World.ClientForAsync("lead");

        var approved = await (await lead.PostAsJsonAsync($"/api/tasks/{signOff.Id}/decision", new { decision = "Approved" })).ReadAsync<TaskOutcome>();

        approved.Outcome.ShouldBe("Approved");
        (await Programmes.TaskAsync(fixture.Factory, id, "step2-vision-session")).OwnerRole.ShouldBe("ProgrammeLead");
    }

    private static object Valid => new { memberPractices = "Riverside Surgery A12345", registeredPopulation = 42000 };
}
