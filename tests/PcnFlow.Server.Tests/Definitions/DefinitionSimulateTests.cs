using System.Net;
using System.Text.Json.Nodes;
using PcnFlow.Server.Tests.Infrastructure;

namespace PcnFlow.Server.Tests.Definitions;

[Collection(AppHosts.Name)]
public sealed class DefinitionSimulateTests : IAsyncLifetime
{
    private const string Url = "/api/workflow-definitions/" + ShippedWorkflows.SixSteps + "/simulate";
    private readonly PcnFlowAppFactory _factory = new();
    private TestWorld _world = null!;

    public async Task InitializeAsync() => _world = await TestWorld.CreateAsync(_factory);

    public Task DisposeAsync()
    {
        _factory.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Simulating_the_six_steps_projects_its_tasks_and_the_first_100_days_started_as_a_child()
    {
        var cd = await _world.ClientForAsync("cdA");

        var response = await cd.PostJsonAsync(Url, new JsonObject { ["day0"] = "2026-07-01", ["days"] = 120, ["pcnName"] = "Riverside PCN" });
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, text);
        var entries = JsonNode.Parse(text)!.AsArray().Select(e => e!.AsObject()).ToList();
        entries.ShouldContain(e => e["activityId"]!.GetValue<string>() == "step1-appoint-cd" && e["programme"]!.GetValue<string>() == "PCN development support: the six steps");
        entries.ShouldContain(e => e["programme"]!.GetValue<string>() == "A new Clinical Director's first 100 days");
        var dates = entries.Select(e => DateOnly.Parse(e["date"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture)).ToList();
        dates.ShouldBe(dates.Order().ToList());
        dates.ShouldAllBe(d => d <= new DateOnly(2026, 10, 29));
    }

    [Fact]
    public async Task Simulate_refuses_a_missing_day0_out_of_range_days_and_unknown_definitions()
    {
        var client = await _world.ClientForAsync("lead");

        await (await client.PostJsonAsync(Url, new JsonObject { ["days"] = 30 })).ErrorsForAsync("day0");
        await (await client.PostJsonAsync(Url, new JsonObject { ["day0"] = "2026-07-01", ["days"] = 0 })).ErrorsForAsync("days");
        await (await client.PostJsonAsync(Url, new JsonObject { ["day0"] = "2026-07-01", ["days"] = 5000 })).ErrorsForAsync("days");
        await (await client.PostJsonAsync("/api/workflow-definitions/no-such-programme/simulate", new JsonObject { ["day0"] = "2026-07-01" })).ProblemAsync(HttpStatusCode.NotFound);
        await (await client.PostJsonAsync(Url, new JsonObject { ["day0"] = "2026-07-01", ["version"] = 7 })).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Simulating_an_unsaved_definition_projects_the_edit_without_saving_it()
    {
        var lead = await _world.ClientForAsync("lead");
        var edited = ShippedWorkflows.WithLiteral(ShippedWorkflows.Json(ShippedWorkflows.SixSteps), "step3-agree-needs", "title", "Agree needs (edited)");

        var response = await lead.PostJsonAsync(Url, new JsonObject { ["day0"] = "2026-07-01", ["days"] = 120, ["definition"] = edited });
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, text);
        JsonNode.Parse(text)!.AsArray().ShouldContain(e => e!["activityId"]!.GetValue<string>() == "step3-agree-needs" && e["title"]!.GetValue<string>() == "Agree needs (edited)");

        var saved = await (await lead.GetAsync("/api/workflow-definitions/" + ShippedWorkflows.SixSteps)).OkJsonAsync();
        ShippedWorkflows.Activity(saved["definition"]!.AsObject(), "step3-agree-needs")["title"]!["expression"]!["value"]!.GetValue<string>().ShouldNotBe("Agree needs (edited)");
    }

    [Fact]
    public async Task Simulating_an_unsaved_definition_answers_its_problems_by_activity_and_refuses_another_definitions_id()
    {
        var lead = await _world.ClientForAsync("lead");
        var broken = ShippedWorkflows.WithUnknownType(ShippedWorkflows.Json(ShippedWorkflows.SixSteps), "step3-agree-needs");

        await (await lead.PostJsonAsync(Url, new JsonObject { ["day0"] = "2026-07-01", ["definition"] = broken })).ErrorsForAsync("step3-agree-needs");
        var other = ShippedWorkflows.Renamed("another-programme", "Another programme");
        await (await lead.PostJsonAsync(Url, new JsonObject { ["day0"] = "2026-07-01", ["definition"] = other })).ErrorsForAsync("definitionId");
        var both = ShippedWorkflows.Json(ShippedWorkflows.SixSteps);
        await (await lead.PostJsonAsync(Url, new JsonObject { ["day0"] = "2026-07-01", ["version"] = 1, ["definition"] = both })).ErrorsForAsync("version");
    }
}
