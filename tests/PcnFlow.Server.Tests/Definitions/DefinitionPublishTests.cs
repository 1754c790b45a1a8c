using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PcnFlow.Persistence;
using PcnFlow.Server.Instances;
using PcnFlow.Server.Tests.Infrastructure;

namespace PcnFlow.Server.Tests.Definitions;

[Collection(AppHosts.Name)]
public sealed class DefinitionPublishTests : IAsyncLifetime
{
    private const string Url = "/api/workflow-definitions/" + ShippedWorkflows.SixSteps;
    private const string EditedTitle = "Confirm the member practices (version 2)";
    private readonly PcnFlowAppFactory _factory = new();
    private TestWorld _world = null!;

    public async Task InitializeAsync() => _world = await TestWorld.CreateAsync(_factory);

    public Task DisposeAsync()
    {
        _factory.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Publishing_makes_version_2_and_an_instance_started_on_version_1_stays_on_it()
    {
        var onV1 = await StartAsync(_world.PcnA.Id);
        var lead = await _world.ClientForAsync("lead");
        var edited = ShippedWorkflows.WithLiteral(ShippedWorkflows.Json(ShippedWorkflows.SixSteps), "step1-confirm-practices", "title", EditedTitle);
        (await lead.PutJsonAsync(Url, edited)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var published = await (await lead.PostJsonAsync($"{Url}/publish", new JsonObject { ["versionNote"] = "Clearer title for step 1." })).OkJsonAsync();
        published["version"]!.GetValue<int>().ShouldBe(2);
        published["isPublished"]!.GetValue<bool>().ShouldBeTrue();
        published["isLatest"]!.GetValue<bool>().ShouldBeTrue();
        published["versionNote"]!.GetValue<string>().ShouldBe("Clearer title for step 1.");
        published["publishedAt"].ShouldNotBeNull();

        var onV2 = await StartAsync(_world.PcnB.Id);
        using var scope = _factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PcnFlowDbContext>();
        (await db.Instances.SingleAsync(i => i.Id == onV1)).DefinitionVersion.ShouldBe(1);
        (await db.Instances.SingleAsync(i => i.Id == onV2)).DefinitionVersion.ShouldBe(2);
        (await db.Tasks.SingleAsync(t => t.InstanceId == onV1 && t.ActivityId == "step1-confirm-practices")).Title.ShouldNotBe(EditedTitle);
        (await db.Tasks.SingleAsync(t => t.InstanceId == onV2 && t.ActivityId == "step1-confirm-practices")).Title.ShouldBe(EditedTitle);

        var versions = await (await lead.GetAsync($"{Url}/versions")).OkJsonAsync();
        var items = versions["items"]!.AsArray();
        items.Select(v => v!["version"]!.GetValue<int>()).ShouldBe([2, 1]);
        items.ShouldAllBe(v => v!["isPublished"]!.GetValue<bool>() && v["runningInstances"]!.GetValue<int>() == 1);
        var list = await (await lead.GetAsync("/api/workflow-definitions")).OkJsonAsync();
        var summary = list["items"]!.AsArray().Single(i => i!["definitionId"]!.GetValue<string>() == ShippedWorkflows.SixSteps)!;
        summary["publishedVersion"]!.GetValue<int>().ShouldBe(2);
        summary["runningInstances"]!.GetValue<int>().ShouldBe(2);
    }

    [Fact]
    public async Task Publishing_is_refused_with_nothing_to_publish_no_note_a_stale_revision_an_unknown_id_or_the_wrong_role()
    {
        var lead = await _world.ClientForAsync("lead");
        var note = new JsonObject { ["versionNote"] = "A note." };

        var nothing = await (await lead.PostJsonAsync($"{Url}/publish", note)).ProblemAsync(HttpStatusCode.Conflict);
        nothing["detail"]!.GetValue<string>().ShouldContain("already published");

        var saved = await lead.PutJsonAsync(Url, ShippedWorkflows.Json(ShippedWorkflows.SixSteps));
        saved.StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await lead.PostJsonAsync($"{Url}/publish", new JsonObject { ["versionNote"] = " " })).ErrorsForAsync("versionNote");

        var stale = new HttpRequestMessage(HttpMethod.Post, $"{Url}/publish") { Content = System.Net.Http.Json.JsonContent.Create(note) };
        stale.Headers.TryAddWithoutValidation("If-Match", "\"99\"");
        await (await lead.SendAsync(stale)).ProblemAsync(HttpStatusCode.Conflict);

        await (await lead.PostJsonAsync("/api/workflow-definitions/no-such-programme/publish", note)).ProblemAsync(HttpStatusCode.NotFound);
        await (await (await _world.ClientForAsync("cdA")).PostJsonAsync($"{Url}/publish", note)).ProblemAsync(HttpStatusCode.Forbidden);

        var admin = await _world.ClientForAsync("admin");
        (await (await admin.PostJsonAsync($"{Url}/publish", note)).OkJsonAsync())["version"]!.GetValue<int>().ShouldBe(2);
    }

    private async Task<string> StartAsync(Guid pcnId)
    {
        using var scope = _factory.Services.CreateScope();
        var started = await scope.ServiceProvider.GetRequiredService<InstanceCommands>()
            .StartAsync(new StartProgramme(ShippedWorkflows.SixSteps, null, pcnId, new DateOnly(2026, 4, 1), null, null), "lead@test.pcnflow");
        started.Status.ShouldBe(CommandStatus.Ok);
        return started.Value!;
    }
}
