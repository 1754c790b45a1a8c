using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PcnFlow.Persistence.Tasks;
using PcnFlow.Server.Tests.Definitions;
using PcnFlow.Server.Tests.Infrastructure;
using Programmes = PcnFlow.Server.Tests.Instances.Programmes;

namespace PcnFlow.Server.Tests.Migration;

/// <summary>Moving one running programme to a new version: the dry run, the move, and each refusal.</summary>
[Collection(AppHosts.Name)]
public sealed class MigrationApiTests : WorldTests
{
    private HttpClient _lead = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _lead = await World.ClientForAsync("lead");
        await ThreeSteps.PublishAsync(_lead, ThreeSteps.Version1, first: true);
    }

    [Fact]
    public async Task A_dry_run_lists_what_changes_and_changes_nothing()
    {
        var id = await Programmes.StartAsync(Factory, ThreeSteps.Id, World.PcnA.Id);
        await ThreeSteps.PublishAsync(_lead, [("step1", "Agree the PCN's priorities", "D+24", ["-P7D"]), ThreeSteps.Version1[2], ("step4", "Review the year", "D+60", [])]);

        var plan = await (await _lead.PostAsync($"/api/workflow-instances/{id}/migrate?toVersion=2&dryRun=true", null)).OkJsonAsync();

        plan["status"]!.GetValue<string>().ShouldBe("CanMigrate");
        plan["pcnName"]!.GetValue<string>().ShouldBe("Riverside PCN");
        Ids(plan["removed"]).ShouldBe(["step2"]);
        Ids(plan["added"]).ShouldBe(["step4"]);
        var retimed = plan["retimed"]!.AsArray().ShouldHaveSingleItem()!;
        retimed["activityId"]!.GetValue<string>().ShouldBe("step1");
        retimed["oldDueDate"]!.GetValue<string>().ShouldBe(Programmes.Today.AddDays(10).ToString("yyyy-MM-dd"));
        retimed["newDueDate"]!.GetValue<string>().ShouldBe(Programmes.Today.AddDays(24).ToString("yyyy-MM-dd"));
        retimed["newReminders"]!.AsArray().Count.ShouldBe(1);
        var row = await Programmes.DbAsync(Factory, db => db.Instances.AsNoTracking().SingleAsync(i => i.Id == id));
        row.DefinitionVersion.ShouldBe(1);
        plan["revision"]!.GetValue<long>().ShouldBe(row.Revision);
        (await Programmes.TaskAsync(Factory, id, "step1")).DueDate.ShouldBe(Programmes.Today.AddDays(10));
    }

    [Fact]
    public async Task Moving_after_steps_one_and_two_never_reruns_them_and_keeps_the_journal()
    {
        var id = await Programmes.StartAsync(Factory, ThreeSteps.Id, World.PcnA.Id);
        await Programmes.CompleteAsync(Factory, id, "step1");
        await Programmes.CompleteAsync(Factory, id, "step2");
        var journalBefore = await JournalAsync(id);
        await ThreeSteps.PublishAsync(_lead,
            [ThreeSteps.Version1[0], ("step2", "Write and agree the development plan", "D+25", ["-P5D"]), ("step3", "Share the plan with practices", "D+45", ["-P3D"]), ("step4", "Review the year", "D+60", [])]);

        var moved = await (await _lead.PostAsync($"/api/workflow-instances/{id}/migrate?toVersion=2", null)).OkJsonAsync();

        moved["status"]!.GetValue<string>().ShouldBe("Migrated");
        var tasks = await Programmes.DbAsync(Factory, db => db.Tasks.AsNoTracking().Where(t => t.InstanceId == id).ToListAsync());
        tasks.Count(t => t.ActivityId == "step1").ShouldBe(1);
        tasks.Count(t => t.ActivityId == "step2").ShouldBe(1);
        tasks.Where(t => t.ActivityId is "step1" or "step2").ShouldAllBe(t => t.State == TaskState.Completed);
        tasks.Single(t => t.ActivityId == "step3").DueDate.ShouldBe(Programmes.Today.AddDays(45));
        var journalAfter = await JournalAsync(id);
        journalAfter.Take(journalBefore.Count).Select(Line).ShouldBe(journalBefore.Select(Line));
        var last = journalAfter[^1]!;
        last["kind"]!.GetValue<string>().ShouldBe("WorkflowMigrated");
        last["message"]!.GetValue<string>().ShouldBe("Moved from version 1 to version 2 by lead@test.pcnflow");
        var row = await Programmes.DbAsync(Factory, db => db.Instances.AsNoTracking().SingleAsync(i => i.Id == id));
        row.DefinitionVersion.ShouldBe(2);

        await Programmes.CompleteAsync(Factory, id, "step3");

        (await Programmes.TaskAsync(Factory, id, "step4")).Title.ShouldBe("Review the year");
        var final = await Programmes.DbAsync(Factory, db => db.Tasks.AsNoTracking().Where(t => t.InstanceId == id).ToListAsync());
        final.Count(t => t.ActivityId is "step1" or "step2").ShouldBe(2);
    }

    [Fact]
    public async Task A_move_is_refused_naming_the_open_task_the_new_version_lacks()
    {
        var id = await Programmes.StartAsync(Factory, ThreeSteps.Id, World.PcnA.Id);
        await ThreeSteps.PublishAsync(_lead, [("step1-new", "Agree priorities", "D+10", []), ThreeSteps.Version1[1], ThreeSteps.Version1[2]]);

        var problem = await (await _lead.PostAsync($"/api/workflow-instances/{id}/migrate?toVersion=2", null)).ProblemAsync(HttpStatusCode.Conflict);

        problem["activityId"]!.GetValue<string>().ShouldBe("step1");
        problem["activityTitle"]!.GetValue<string>().ShouldBe("step1");
        problem["detail"]!.GetValue<string>().ShouldContain("version 2 has no activity with the id 'step1'");
        problem["refusals"]!.AsArray().ShouldHaveSingleItem()!["activityId"]!.GetValue<string>().ShouldBe("step1");
        (await Programmes.DbAsync(Factory, db => db.Instances.AsNoTracking().SingleAsync(i => i.Id == id))).DefinitionVersion.ShouldBe(1);
    }

    [Fact]
    public async Task Unknown_same_draft_and_finished_versions_are_refused_with_problem_details()
    {
        var id = await Programmes.StartAsync(Factory, ThreeSteps.Id, World.PcnA.Id);

        var unknown = await (await _lead.PostAsync($"/api/workflow-instances/{id}/migrate?toVersion=7", null)).ProblemAsync(HttpStatusCode.NotFound);
        unknown["field"]!.GetValue<string>().ShouldBe("toVersion");
        unknown["detail"]!.GetValue<string>().ShouldContain("toVersion=7");
        (await (await _lead.PostAsync($"/api/workflow-instances/{id}/migrate?toVersion=1", null)).ProblemAsync(HttpStatusCode.Conflict))["detail"]!
            .GetValue<string>().ShouldContain("already runs version 1");
        (await (await _lead.PutJsonAsync(ThreeSteps.Url, ThreeSteps.Json(ThreeSteps.Version1))).OkJsonAsync()).ShouldNotBeNull();
        (await (await _lead.PostAsync($"/api/workflow-instances/{id}/migrate?toVersion=2", null)).ProblemAsync(HttpStatusCode.Conflict))["detail"]!
            .GetValue<string>().ShouldContain("still a draft");
        (await _lead.PostAsync($"/api/workflow-instances/{id}/migrate", null)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        await (await _lead.PostJsonAsync($"{ThreeSteps.Url}/publish", new JsonObject { ["versionNote"] = "v2" })).OkJsonAsync();
        await (await _lead.PostJsonAsync($"/api/workflow-instances/{id}/cancel", new JsonObject { ["reason"] = "Merged" })).OkJsonAsync();
        (await (await _lead.PostAsync($"/api/workflow-instances/{id}/migrate?toVersion=2", null)).ProblemAsync(HttpStatusCode.Conflict))["detail"]!
            .GetValue<string>().ShouldContain("already ended");
    }

    [Fact]
    public async Task Only_the_lead_of_the_programmes_own_ICS_may_move_it_and_a_stale_revision_is_refused()
    {
        var id = await Programmes.StartAsync(Factory, ThreeSteps.Id, World.PcnA.Id);
        await ThreeSteps.PublishAsync(_lead, ThreeSteps.Version1);
        var url = $"/api/workflow-instances/{id}/migrate?toVersion=2";

        await (await (await World.ClientForAsync("cdA")).PostAsync(url, null)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await (await World.ClientForAsync("leadSouth")).PostAsync(url, null)).ProblemAsync(HttpStatusCode.NotFound);
        var plan = await (await _lead.PostAsync(url + "&dryRun=true", null)).OkJsonAsync();
        var revision = plan["revision"]!.GetValue<long>();
        await Programmes.CompleteAsync(Factory, id, "step1");

        var stale = new HttpRequestMessage(HttpMethod.Post, url);
        stale.Headers.TryAddWithoutValidation("If-Match", $"\"{revision}\"");
        (await (await _lead.SendAsync(stale)).ProblemAsync(HttpStatusCode.Conflict))["detail"]!.GetValue<string>().ShouldContain("changed since you looked");

        var fresh = await (await _lead.PostAsync(url + "&dryRun=true", null)).OkJsonAsync();
        var current = new HttpRequestMessage(HttpMethod.Post, url);
        current.Headers.TryAddWithoutValidation("If-Match", $"\"{fresh["revision"]}\"");
        (await (await _lead.SendAsync(current)).OkJsonAsync())["status"]!.GetValue<string>().ShouldBe("Migrated");
    }

    private async Task<JsonArray> JournalAsync(string id)
    {
        var body = JsonNode.Parse(await (await _lead.GetAsync($"/api/workflow-instances/{id}/journal?pageSize=100")).Content.ReadAsStringAsync())!;
        return body as JsonArray ?? body["items"]!.AsArray();
    }

    private static string Line(JsonNode? line) => line!.ToJsonString();

    private static List<string> Ids(JsonNode? list) => [.. list!.AsArray().Select(a => a!["id"]!.GetValue<string>())];
}
