using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PcnFlow.Persistence;
using PcnFlow.Server.Tests.Definitions;
using PcnFlow.Server.Tests.Infrastructure;

namespace PcnFlow.Server.Tests.Organisations;

[Collection(AppHosts.Name)]
public sealed class OrganisationWriteTests : IAsyncLifetime
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
    public async Task A_lead_adds_PCNs_and_practices_in_their_ICS_and_an_admin_adds_an_ICS()
    {
        var lead = await _world.ClientForAsync("lead");

        var pcn = await lead.PostJsonAsync("/api/organisations", new JsonObject { ["kind"] = "Pcn", ["name"] = " Valley PCN ", ["odsCode"] = "U12345", ["parentId"] = _world.North.Id });
        var created = await pcn.OkJsonAsync(HttpStatusCode.Created);
        created["name"]!.GetValue<string>().ShouldBe("Valley PCN");
        created["kind"]!.GetValue<string>().ShouldBe("Pcn");
        pcn.Headers.Location!.ToString().ShouldBe($"/api/organisations/{created["id"]}");

        var practice = await (await lead.PostJsonAsync("/api/organisations", new JsonObject { ["kind"] = "practice", ["name"] = "Valley Surgery", ["parentId"] = created["id"]!.DeepClone() })).OkJsonAsync(HttpStatusCode.Created);
        practice["parentId"]!.ToString().ShouldBe(created["id"]!.ToString());
        var visible = await (await lead.GetAsync("/api/organisations?pageSize=100")).OkJsonAsync();
        visible["items"]!.AsArray().ShouldContain(o => o!["name"]!.GetValue<string>() == "Valley Surgery");

        var admin = await _world.ClientForAsync("admin");
        (await (await admin.PostJsonAsync("/api/organisations", new JsonObject { ["kind"] = "Ics", ["name"] = "East ICS" })).OkJsonAsync(HttpStatusCode.Created))["parentId"].ShouldBeNull();
    }

    [Fact]
    public async Task Adding_is_refused_outside_the_leads_ICS_for_the_wrong_parent_or_missing_fields_and_for_other_roles()
    {
        var lead = await _world.ClientForAsync("lead");

        await (await lead.PostJsonAsync("/api/organisations", new JsonObject { ["kind"] = "Ics", ["name"] = "Lead's own ICS" })).ProblemAsync(HttpStatusCode.Forbidden);
        (await (await lead.PostJsonAsync("/api/organisations", new JsonObject { ["kind"] = "Pcn", ["name"] = "Southern PCN", ["parentId"] = _world.South.Id })).ErrorsForAsync("parentId"))
            .ShouldContain(m => m.Contains("ICS"));
        await (await lead.PostJsonAsync("/api/organisations", new JsonObject { ["kind"] = "Practice", ["name"] = "Misplaced", ["parentId"] = _world.North.Id })).ErrorsForAsync("parentId");
        await (await lead.PostJsonAsync("/api/organisations", new JsonObject { ["kind"] = "Pcn", ["name"] = "Orphan PCN" })).ErrorsForAsync("parentId");
        await (await lead.PostJsonAsync("/api/organisations", new JsonObject { ["kind"] = "Pcn", ["name"] = "", ["parentId"] = _world.North.Id })).ErrorsForAsync("name");
        await (await lead.PostJsonAsync("/api/organisations", new JsonObject { ["kind"] = "Hospital", ["name"] = "St Elsewhere" })).ErrorsForAsync("kind");
        await (await (await _world.ClientForAsync("cdA")).PostJsonAsync("/api/organisations", new JsonObject { ["kind"] = "Practice", ["name"] = "New Surgery", ["parentId"] = _world.PcnA.Id }))
            .ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_lead_renames_their_PCNs_but_not_their_ICS_or_another_ICSs_PCN()
    {
        var lead = await _world.ClientForAsync("lead");

        var renamed = await (await lead.PutJsonAsync($"/api/organisations/{_world.PcnA.Id}", new JsonObject { ["name"] = "Riverside and Meadows PCN", ["odsCode"] = "U99999" })).OkJsonAsync();
        renamed["name"]!.GetValue<string>().ShouldBe("Riverside and Meadows PCN");
        renamed["odsCode"]!.GetValue<string>().ShouldBe("U99999");

        await (await lead.PutJsonAsync($"/api/organisations/{_world.North.Id}", new JsonObject { ["name"] = "Greater North ICS" })).ProblemAsync(HttpStatusCode.Forbidden);
        await (await lead.PutJsonAsync($"/api/organisations/{_world.PcnC.Id}", new JsonObject { ["name"] = "Taken over" })).ProblemAsync(HttpStatusCode.NotFound);
        await (await lead.PutJsonAsync($"/api/organisations/{_world.PcnA.Id}", new JsonObject { ["name"] = " " })).ErrorsForAsync("name");
        await (await (await _world.ClientForAsync("cdA")).PutJsonAsync($"/api/organisations/{_world.PcnA.Id}", new JsonObject { ["name"] = "Mine" })).ProblemAsync(HttpStatusCode.Forbidden);
        (await (await (await _world.ClientForAsync("admin")).PutJsonAsync($"/api/organisations/{_world.South.Id}", new JsonObject { ["name"] = "South West ICS" })).OkJsonAsync())["name"]!
            .GetValue<string>().ShouldBe("South West ICS");
    }

    [Fact]
    public async Task A_webhook_must_be_https_or_localhost_and_only_the_ICS_lead_or_an_admin_sets_it()
    {
        var lead = await _world.ClientForAsync("lead");
        var url = $"/api/organisations/{_world.PcnA.Id}/webhook";

        (await (await lead.PutJsonAsync(url, new JsonObject { ["url"] = "https://example.webhook.office.com/webhookb2/abc" })).OkJsonAsync())["hasWebhook"]!.GetValue<bool>().ShouldBeTrue();
        (await StoredWebhookAsync()).ShouldBe("https://example.webhook.office.com/webhookb2/abc");
        (await lead.PutJsonAsync(url, new JsonObject { ["url"] = "http://localhost:7071/hook" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await StoredWebhookAsync()).ShouldBe("http://localhost:7071/hook");

        await (await lead.PutJsonAsync(url, new JsonObject { ["url"] = "http://hooks.example.com/in" })).ErrorsForAsync("url");
        await (await lead.PutJsonAsync(url, new JsonObject { ["url"] = "not a url" })).ErrorsForAsync("url");
        await (await (await _world.ClientForAsync("leadSouth")).PutJsonAsync(url, new JsonObject { ["url"] = "https://example.com/x" })).ProblemAsync(HttpStatusCode.NotFound);
        await (await (await _world.ClientForAsync("cdA")).PutJsonAsync(url, new JsonObject { ["url"] = "https://example.com/x" })).ProblemAsync(HttpStatusCode.Forbidden);

        (await (await lead.PutJsonAsync(url, new JsonObject { ["url"] = "" })).OkJsonAsync())["hasWebhook"]!.GetValue<bool>().ShouldBeFalse();
        (await StoredWebhookAsync()).ShouldBeNull();
    }

    private async Task<string?> StoredWebhookAsync()
    {
        using var scope = _factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PcnFlowDbContext>();
        return await db.Organisations.Where(o => o.Id == _world.PcnA.Id).Select(o => o.WebhookUrl).SingleAsync();
    }
}
