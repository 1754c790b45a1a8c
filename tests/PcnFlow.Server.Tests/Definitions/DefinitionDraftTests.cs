using System.Net;
using System.Net.Http.Json;
using System.Text;
using PcnFlow.Server.Tests.Infrastructure;

namespace PcnFlow.Server.Tests.Definitions;

[Collection(AppHosts.Name)]
public sealed class DefinitionDraftTests : IAsyncLifetime
{
    private const string Url = "/api/workflow-definitions";
    private readonly PcnFlowAppFactory _factory = new();
    private TestWorld _world = null!;

    public async Task InitializeAsync() => _world = await TestWorld.CreateAsync(_factory);

    public Task DisposeAsync()
    {
        _factory.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_lead_creates_a_draft_version_1_and_the_list_shows_it_unpublished()
    {
        var lead = await _world.ClientForAsync("lead");

        var created = await lead.PostJsonAsync(Url, ShippedWorkflows.Renamed("north-pilot", "North pilot programme"));
        var body = await created.OkJsonAsync(HttpStatusCode.Created);
        created.Headers.Location!.ToString().ShouldBe("/api/workflow-definitions/north-pilot");
        body["version"]!.GetValue<int>().ShouldBe(1);
        body["isPublished"]!.GetValue<bool>().ShouldBeFalse();
        body["isLatest"]!.GetValue<bool>().ShouldBeTrue();
        body["createdBy"]!.GetValue<string>().ShouldBe("lead@test.pcnflow");
        body["definition"]!["isPublished"]!.GetValue<bool>().ShouldBeFalse();

        var list = await (await lead.GetAsync(Url)).OkJsonAsync();
        var pilot = list["items"]!.AsArray().Single(i => i!["definitionId"]!.GetValue<string>() == "north-pilot")!;
        pilot["hasDraft"]!.GetValue<bool>().ShouldBeTrue();
        pilot["publishedVersion"].ShouldBeNull();
    }

    [Fact]
    public async Task Creating_is_refused_for_duplicates_invalid_definitions_and_people_who_are_not_leads()
    {
        var lead = await _world.ClientForAsync("lead");

        var duplicate = await (await lead.PostJsonAsync(Url, ShippedWorkflows.Json(ShippedWorkflows.SixSteps))).ProblemAsync(HttpStatusCode.Conflict);
        duplicate["detail"]!.GetValue<string>().ShouldContain("already exists");

        var invalid = ShippedWorkflows.WithUnknownType(ShippedWorkflows.Renamed("broken", "Broken"), "step2-agree-vision");
        var messages = await (await lead.PostJsonAsync(Url, invalid)).ErrorsForAsync("step2-agree-vision");
        messages.ShouldContain(m => m.Contains("PcnFlow.NoSuchActivity"));

        var badDue = ShippedWorkflows.WithLiteral(ShippedWorkflows.Renamed("bad-due", "Bad due"), "step1-appoint-cd", "due", "next Tuesday-ish");
        await (await lead.PostJsonAsync(Url, badDue)).ErrorsForAsync("step1-appoint-cd");

        var notJson = await lead.PostAsync(Url, new StringContent("{ \"definitionId\": ", Encoding.UTF8, "application/json"));
        (await notJson.ErrorsForAsync("$")).ShouldContain(m => m.Contains("not valid JSON"));

        var badId = ShippedWorkflows.Renamed("no spaces allowed", "Bad id");
        await (await lead.PostJsonAsync(Url, badId)).ErrorsForAsync("$.definitionId");

        var cd = await _world.ClientForAsync("cdA");
        await (await cd.PostJsonAsync(Url, ShippedWorkflows.Renamed("cd-pilot", "CD pilot"))).ProblemAsync(HttpStatusCode.Forbidden);
        (await (await lead.GetAsync($"{Url}/broken")).ProblemAsync(HttpStatusCode.NotFound)).ShouldNotBeNull();
    }

    [Fact]
    public async Task Saving_over_a_published_version_starts_draft_2_which_later_saves_update_in_place()
    {
        var lead = await _world.ClientForAsync("lead");
        var edited = ShippedWorkflows.WithLiteral(ShippedWorkflows.Json(ShippedWorkflows.SixSteps), "step1-confirm-practices", "title", "Confirm the member practices (edited)");

        var first = await lead.PutJsonAsync($"{Url}/{ShippedWorkflows.SixSteps}", edited, ifMatch: "\"1\"");
        var draft = await first.OkJsonAsync();
        draft["version"]!.GetValue<int>().ShouldBe(2);
        draft["isPublished"]!.GetValue<bool>().ShouldBeFalse();
        var v1 = await (await lead.GetAsync($"{Url}/{ShippedWorkflows.SixSteps}?version=1")).OkJsonAsync();
        v1["isLatest"]!.GetValue<bool>().ShouldBeFalse();
        v1["isPublished"]!.GetValue<bool>().ShouldBeTrue();

        var second = await lead.PutJsonAsync($"{Url}/{ShippedWorkflows.SixSteps}", edited, ifMatch: first.Headers.ETag!.Tag);
        var updated = await second.OkJsonAsync();
        updated["version"]!.GetValue<int>().ShouldBe(2);
        updated["revision"]!.GetValue<long>().ShouldBe(draft["revision"]!.GetValue<long>() + 1);
        var versions = await (await lead.GetAsync($"{Url}/{ShippedWorkflows.SixSteps}/versions")).OkJsonAsync();
        versions["total"]!.GetValue<int>().ShouldBe(2);
    }

    [Fact]
    public async Task A_stale_update_gets_409_and_other_bad_updates_get_400_403_or_404()
    {
        var lead = await _world.ClientForAsync("lead");
        var url = $"{Url}/{ShippedWorkflows.SixSteps}";
        var json = ShippedWorkflows.Json(ShippedWorkflows.SixSteps);
        var first = await lead.PutJsonAsync(url, json, ifMatch: "\"1\"");
        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        var loaded = first.Headers.ETag!.Tag;
        (await lead.PutJsonAsync(url, json, ifMatch: loaded)).StatusCode.ShouldBe(HttpStatusCode.OK);

        // Someone else saved since "loaded" was read.
        var stale = await (await lead.PutJsonAsync(url, json, ifMatch: loaded)).ProblemAsync(HttpStatusCode.Conflict);
        stale["detail"]!.GetValue<string>().ShouldContain("changed by someone else");

        await (await lead.PutJsonAsync(url, ShippedWorkflows.Json(ShippedWorkflows.First100Days))).ErrorsForAsync("definitionId");
        await (await lead.PutJsonAsync(url, ShippedWorkflows.WithUnknownType(ShippedWorkflows.Json(ShippedWorkflows.SixSteps), "step3-agree-needs"))).ErrorsForAsync("step3-agree-needs");
        await (await lead.PutJsonAsync($"{Url}/north-pilot", ShippedWorkflows.Renamed("north-pilot", "Pilot"))).ProblemAsync(HttpStatusCode.NotFound);
        await (await (await _world.ClientForAsync("cdA")).PutJsonAsync(url, json)).ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Validate_answers_200_with_each_problem_and_its_activity_for_anyone_signed_in()
    {
        var cd = await _world.ClientForAsync("cdA");

        var invalid = await (await cd.PostJsonAsync($"{Url}/validate", ShippedWorkflows.WithUnknownType(ShippedWorkflows.Json(ShippedWorkflows.SixSteps), "step4-cost-plan"))).OkJsonAsync();
        invalid["valid"]!.GetValue<bool>().ShouldBeFalse();
        var problem = invalid["problems"]!.AsArray().First(p => p!["activityId"]?.GetValue<string>() == "step4-cost-plan")!;
        problem["activityId"]!.GetValue<string>().ShouldBe("step4-cost-plan");
        problem["jsonPath"]!.GetValue<string>().ShouldStartWith("$.root.activities[");
        problem["code"]!.GetValue<string>().ShouldNotBeNullOrEmpty();
        problem["message"]!.GetValue<string>().ShouldContain("PcnFlow.NoSuchActivity");

        var valid = await (await cd.PostAsJsonAsync($"{Url}/validate", ShippedWorkflows.Json(ShippedWorkflows.First100Days))).OkJsonAsync();
        valid["valid"]!.GetValue<bool>().ShouldBeTrue();
        valid["problems"]!.AsArray().ShouldBeEmpty();
    }
}
