using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using PcnFlow.Server.Tests.Infrastructure;

namespace PcnFlow.Server.Tests.Definitions;

[Collection(AppHosts.Name)]
public sealed class DefinitionImportExportTests : IAsyncLifetime
{
    private static readonly string[] Bookkeeping = ["version", "isLatest", "isPublished"];
    private readonly PcnFlowAppFactory _factory = new();
    private TestWorld _world = null!;

    public async Task InitializeAsync() => _world = await TestWorld.CreateAsync(_factory);

    public Task DisposeAsync()
    {
        _factory.Dispose();
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData(ShippedWorkflows.SixSteps)]
    [InlineData(ShippedWorkflows.First100Days)]
    public async Task Importing_a_shipped_workflow_and_exporting_it_gives_back_the_same_json(string definitionId)
    {
        var lead = await _world.ClientForAsync("lead");
        var file = ShippedWorkflows.Text(definitionId);

        var imported = await (await lead.PostAsync("/api/workflow-definitions/import", new StringContent(file, Encoding.UTF8, "application/json"))).OkJsonAsync();
        // The shipped version 1 is already installed, so the import is the next draft.
        imported["version"]!.GetValue<int>().ShouldBe(2);
        imported["isPublished"]!.GetValue<bool>().ShouldBeFalse();

        var export = await lead.GetAsync($"/api/workflow-definitions/{definitionId}/export?version=2");
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        export.Content.Headers.ContentDisposition!.FileName!.Trim('"').ShouldBe($"{definitionId}-v2.json");
        var exported = JsonNode.Parse(await export.Content.ReadAsStringAsync())!.AsObject();
        exported["version"]!.GetValue<int>().ShouldBe(2);
        exported["isLatest"]!.GetValue<bool>().ShouldBeTrue();
        exported["isPublished"]!.GetValue<bool>().ShouldBeFalse();

        var original = JsonNode.Parse(file)!.AsObject();
        foreach (var key in Bookkeeping)
        {
            original.Remove(key);
            exported.Remove(key);
        }
        JsonNode.DeepEquals(original, exported).ShouldBeTrue("The export differs from the imported file beyond version bookkeeping.");
    }

    [Fact]
    public async Task Importing_a_new_definition_creates_version_1_and_bad_imports_are_refused()
    {
        var lead = await _world.ClientForAsync("lead");

        var created = await lead.PostJsonAsync("/api/workflow-definitions/import", ShippedWorkflows.Renamed("imported-programme", "Imported programme"));
        var body = await created.OkJsonAsync(HttpStatusCode.Created);
        body["version"]!.GetValue<int>().ShouldBe(1);
        created.Headers.Location!.ToString().ShouldBe("/api/workflow-definitions/imported-programme");

        var invalid = ShippedWorkflows.WithUnknownType(ShippedWorkflows.Renamed("imported-broken", "Broken"), "step5-implementation-report");
        var problem = await (await lead.PostJsonAsync("/api/workflow-definitions/import", invalid)).ProblemAsync(HttpStatusCode.BadRequest);
        problem["errors"]!["step5-implementation-report"].ShouldNotBeNull();
        problem["problems"]!.AsArray().ShouldContain(p => p!["activityId"]!.ToString() == "step5-implementation-report");

        await (await lead.PostAsync("/api/workflow-definitions/import", new StringContent("", Encoding.UTF8, "application/json"))).ErrorsForAsync("$");
        var cd = await _world.ClientForAsync("cdA");
        await (await cd.PostAsJsonAsync("/api/workflow-definitions/import", ShippedWorkflows.Renamed("cd-import", "CD import"))).ProblemAsync(HttpStatusCode.Forbidden);
    }
}
