using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PcnFlow.Server.Instances;
using PcnFlow.Server.Tests.Infrastructure;

namespace PcnFlow.Server.Tests.Definitions;

[Collection(AppHosts.Name)]
public sealed class DefinitionReadTests : IAsyncLifetime
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
    public async Task The_list_shows_each_definition_with_its_published_version_and_the_running_instances_the_caller_can_see()
    {
        using (var scope = _factory.Services.CreateScope())
        {
            var started = await scope.ServiceProvider.GetRequiredService<InstanceCommands>()
                .StartAsync(new StartProgramme(ShippedWorkflows.SixSteps, null, _world.PcnA.Id, new DateOnly(2026, 4, 1), null, null), "lead@test.pcnflow");
            started.Status.ShouldBe(CommandStatus.Ok);
        }

        var lead = await (await _world.ClientForAsync("lead")).GetAsync("/api/workflow-definitions");
        var list = await lead.OkJsonAsync();
        list["total"]!.GetValue<int>().ShouldBe(2);
        var sixSteps = Item(list, ShippedWorkflows.SixSteps);
        sixSteps["publishedVersion"]!.GetValue<int>().ShouldBe(1);
        sixSteps["latestVersion"]!.GetValue<int>().ShouldBe(1);
        sixSteps["hasDraft"]!.GetValue<bool>().ShouldBeFalse();
        sixSteps["runningInstances"]!.GetValue<int>().ShouldBe(1);
        Item(list, ShippedWorkflows.First100Days)["runningInstances"]!.GetValue<int>().ShouldBe(0);

        // The South ICS's CD cannot see North's instance, so it is not counted for them.
        var south = await (await (await _world.ClientForAsync("cdC")).GetAsync("/api/workflow-definitions")).OkJsonAsync();
        Item(south, ShippedWorkflows.SixSteps)["runningInstances"]!.GetValue<int>().ShouldBe(0);

        var paged = await (await (await _world.ClientForAsync("cdA")).GetAsync("/api/workflow-definitions?page=2&pageSize=1")).OkJsonAsync();
        paged["items"]!.AsArray().Count.ShouldBe(1);
        paged["total"]!.GetValue<int>().ShouldBe(2);
        paged["page"]!.GetValue<int>().ShouldBe(2);
    }

    [Fact]
    public async Task Get_returns_the_latest_or_a_named_version_and_404_names_what_is_missing()
    {
        var client = await _world.ClientForAsync("pmA");

        var latest = await client.GetAsync($"/api/workflow-definitions/{ShippedWorkflows.SixSteps}");
        var body = await latest.OkJsonAsync();
        body["version"]!.GetValue<int>().ShouldBe(1);
        body["isPublished"]!.GetValue<bool>().ShouldBeTrue();
        body["definition"]!["definitionId"]!.GetValue<string>().ShouldBe(ShippedWorkflows.SixSteps);
        body["definition"]!["root"]!["type"]!.GetValue<string>().ShouldBe("Elsa.Flowchart");
        latest.Headers.ETag!.Tag.ShouldBe($"\"{body["revision"]}\"");

        (await (await client.GetAsync($"/api/workflow-definitions/{ShippedWorkflows.SixSteps}?version=1")).OkJsonAsync())["version"]!.GetValue<int>().ShouldBe(1);

        var noVersion = await (await client.GetAsync($"/api/workflow-definitions/{ShippedWorkflows.SixSteps}?version=9")).ProblemAsync(HttpStatusCode.NotFound);
        noVersion["detail"]!.GetValue<string>().ShouldContain("no version 9");
        var unknown = await (await client.GetAsync("/api/workflow-definitions/no-such-programme")).ProblemAsync(HttpStatusCode.NotFound);
        unknown["detail"]!.GetValue<string>().ShouldContain("no-such-programme");
    }

    [Fact]
    public async Task Nobody_signed_out_can_read_definitions()
    {
        var response = await _factory.CreateClient().GetAsync("/api/workflow-definitions");
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Versions_and_export_answer_for_known_definitions_and_404_otherwise()
    {
        var client = await _world.ClientForAsync("cdA");

        var versions = await (await client.GetAsync($"/api/workflow-definitions/{ShippedWorkflows.First100Days}/versions")).OkJsonAsync();
        var only = versions["items"]!.AsArray().Single()!;
        only["version"]!.GetValue<int>().ShouldBe(1);
        only["versionNote"]!.GetValue<string>().ShouldNotBeNullOrEmpty();
        await (await client.GetAsync("/api/workflow-definitions/no-such-programme/versions")).ProblemAsync(HttpStatusCode.NotFound);

        var export = await client.GetAsync($"/api/workflow-definitions/{ShippedWorkflows.First100Days}/export");
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        export.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        export.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        export.Content.Headers.ContentDisposition.FileName!.Trim('"').ShouldBe("first-100-days-v1.json");
        var file = JsonNode.Parse(await export.Content.ReadAsStringAsync())!;
        file["definitionId"]!.GetValue<string>().ShouldBe(ShippedWorkflows.First100Days);
        await (await client.GetAsync($"/api/workflow-definitions/{ShippedWorkflows.First100Days}/export?version=2")).ProblemAsync(HttpStatusCode.NotFound);
    }

    private static JsonObject Item(JsonObject list, string definitionId) =>
        list["items"]!.AsArray().Select(i => i!.AsObject()).Single(i => i["definitionId"]!.GetValue<string>() == definitionId);
}
