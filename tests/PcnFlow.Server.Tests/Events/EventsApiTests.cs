using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using PcnFlow.Engine.Runtime;
using PcnFlow.Persistence;
using PcnFlow.Persistence.Definitions;
using PcnFlow.Server.Events;
using PcnFlow.Server.Instances;
using PcnFlow.Server.Tests.Instances;

namespace PcnFlow.Server.Tests.Events;

public sealed class EventsApiTests(ApiFixture fixture) : IClassFixture<ApiFixture>, IAsyncLifetime
{
    private const string DefinitionId = "wait-for-the-board";

    // Start, wait for the board's event, then finish.
    private const string Json = """
        {
          "id": "wait-for-the-board-v1", "definitionId": "wait-for-the-board", "name": "Wait for the board",
          "root": { "id": "flow", "type": "Elsa.Flowchart", "version": 1,
            "activities": [
              { "id": "start", "type": "Elsa.Start", "version": 1 },
              { "id": "wait", "type": "Elsa.Event", "version": 1, "eventName": { "typeName": "String", "expression": { "type": "Literal", "value": "BoardAgreed" } } },
              { "id": "say", "type": "Elsa.WriteLine", "version": 1, "text": { "typeName": "String", "expression": { "type": "Literal", "value": "The board agreed" } } }
            ],
            "connections": [
              { "source": { "activity": "start", "port": "Done" }, "target": { "activity": "wait", "port": "In" } },
              { "source": { "activity": "wait", "port": "Done" }, "target": { "activity": "say", "port": "In" } }
            ] } }
        """;

    private Infrastructure.TestWorld World => fixture.World;

    public async Task InitializeAsync()
    {
        using var scope = fixture.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PcnFlowDbContext>();
        if (db.DefinitionVersions.Any(v => v.DefinitionId == DefinitionId))
            return;
        db.DefinitionVersions.Add(new DefinitionVersion
        {
            DefinitionId = DefinitionId,
            Version = 1,
            Name = "Wait for the board",
            IsLatest = true,
            IsPublished = true,
            Json = Json,
            Revision = 1,
            CreatedAt = fixture.Factory.Time.GetUtcNow(),
            PublishedAt = fixture.Factory.Time.GetUtcNow(),
        });
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Publishing_an_event_resumes_the_waiting_programmes_of_the_leads_ICS_only()
    {
        var north = await Programmes.StartAsync(fixture.Factory, DefinitionId, World.PcnA.Id);
        var south = await Programmes.StartAsync(fixture.Factory, DefinitionId, World.PcnC.Id);
        var lead = await World.ClientForAsync("lead");

        var published = await (await lead.PostAsJsonAsync("/api/events/BoardAgreed", new { payload = new { chair = "Dr Lee" } })).ReadAsync<EventPublication>();

        published.Resumed.ShouldBeGreaterThanOrEqualTo(1);
        var finished = await (await lead.GetAsync($"/api/workflow-instances/{north}")).ReadAsync<InstanceDetail>();
        finished.Instance.SubStatus.ShouldBe(WorkflowSubStatus.Finished);
        finished.Waiting.ShouldBeEmpty();
        var admin = await World.ClientForAsync("admin");
        var waiting = await (await admin.GetAsync($"/api/workflow-instances/{south}")).ReadAsync<InstanceDetail>();
        waiting.Instance.SubStatus.ShouldBe(WorkflowSubStatus.Suspended);
        waiting.Waiting.ShouldHaveSingleItem().ShouldBe(new WaitingStep("Event", "wait", null, "BoardAgreed"));
        var again = await (await lead.PostAsJsonAsync("/api/events/BoardAgreed", new { })).ReadAsync<EventPublication>();
        again.Resumed.ShouldBe(0);
    }

    [Fact]
    public async Task The_count_is_of_instances_resumed_and_the_correlation_id_must_match()
    {
        var first = await Programmes.StartAsync(fixture.Factory, DefinitionId, World.PcnC.Id);
        var second = await Programmes.StartAsync(fixture.Factory, DefinitionId, World.PcnC.Id);
        var leadSouth = await World.ClientForAsync("leadSouth");

        var mismatched = await (await leadSouth.PostAsJsonAsync("/api/events/BoardAgreed", new { correlationId = "pcn-7" })).ReadAsync<EventPublication>();
        var published = await (await leadSouth.PostAsJsonAsync("/api/events/BoardAgreed", new { payload = new { chair = "Dr Shah" } })).ReadAsync<EventPublication>();

        mismatched.Resumed.ShouldBe(0);
        published.Resumed.ShouldBeGreaterThanOrEqualTo(2);
        foreach (var id in new[] { first, second })
            (await (await leadSouth.GetAsync($"/api/workflow-instances/{id}")).ReadAsync<InstanceDetail>()).Instance.SubStatus.ShouldBe(WorkflowSubStatus.Finished);
    }

    [Fact]
    public async Task Only_leads_and_admins_publish_and_the_name_is_checked()
    {
        var cdA = await World.ClientForAsync("cdA");
        var lead = await World.ClientForAsync("lead");

        await (await cdA.PostAsJsonAsync("/api/events/BoardAgreed", new { })).ProblemAsync(HttpStatusCode.Forbidden);
        await (await lead.PostAsJsonAsync($"/api/events/{new string('x', 201)}", new { })).ValidationErrorAsync("name");
    }
}
