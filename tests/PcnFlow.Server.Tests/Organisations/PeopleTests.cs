using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using PcnFlow.Server.Tests.Definitions;
using PcnFlow.Server.Tests.Infrastructure;

namespace PcnFlow.Server.Tests.Organisations;

[Collection(AppHosts.Name)]
public sealed class PeopleTests : IAsyncLifetime
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
    public async Task A_lead_adds_a_practice_manager_who_can_then_sign_in()
    {
        var lead = await _world.ClientForAsync("lead");

        var response = await lead.PostJsonAsync($"/api/organisations/{_world.PracticeA1.Id}/people", Person("new.pm@test.pcnflow", "PracticeManager"));
        var person = await response.OkJsonAsync(HttpStatusCode.Created);
        person["displayName"]!.GetValue<string>().ShouldBe("New Person");
        var role = person["roles"]!.AsArray().Single()!;
        role["role"]!.GetValue<string>().ShouldBe("PracticeManager");
        role["organisationId"]!.GetValue<Guid>().ShouldBe(_world.PracticeA1.Id);

        var login = await _factory.CreateClient().PostAsJsonAsync("/api/auth/login", new { email = "new.pm@test.pcnflow", password = TestWorld.Password });
        login.StatusCode.ShouldBe(HttpStatusCode.OK);
        var people = await (await lead.GetAsync($"/api/organisations/{_world.PracticeA1.Id}/people")).OkJsonAsync();
        people["items"]!.AsArray().Select(p => p!["email"]!.GetValue<string>()).ShouldBe(["new.pm@test.pcnflow", "pmA@test.pcnflow"], ignoreOrder: true);
    }

    [Fact]
    public async Task Adding_a_person_is_refused_for_bad_fields_a_role_that_does_not_fit_an_existing_email_and_outsiders()
    {
        var lead = await _world.ClientForAsync("lead");
        var url = $"/api/organisations/{_world.PcnA.Id}/people";

        await (await lead.PostJsonAsync(url, Person("cdA@test.pcnflow", "PcnBoard"))).ProblemAsync(HttpStatusCode.Conflict);
        (await (await lead.PostJsonAsync(url, Person("someone@test.pcnflow", "PracticeManager"))).ErrorsForAsync("role")).ShouldContain(m => m.Contains("practice"));
        await (await lead.PostJsonAsync(url, Person("someone@test.pcnflow", "Admin"))).ErrorsForAsync("role");
        await (await lead.PostJsonAsync(url, Person("not-an-email", "PcnBoard"))).ErrorsForAsync("email");
        var weak = Person("weak@test.pcnflow", "PcnBoard");
        weak["password"] = "short";
        await (await lead.PostJsonAsync(url, weak)).ErrorsForAsync("password");
        var nameless = Person("nameless@test.pcnflow", "PcnBoard");
        nameless["displayName"] = null;
        await (await lead.PostJsonAsync(url, nameless)).ErrorsForAsync("displayName");

        await (await (await _world.ClientForAsync("leadSouth")).PostJsonAsync(url, Person("south@test.pcnflow", "PcnBoard"))).ProblemAsync(HttpStatusCode.NotFound);
        await (await (await _world.ClientForAsync("cdA")).PostJsonAsync(url, Person("friend@test.pcnflow", "PcnBoard"))).ProblemAsync(HttpStatusCode.Forbidden);
        await (await lead.PostJsonAsync($"/api/organisations/{Guid.NewGuid()}/people", Person("ghost@test.pcnflow", "PcnBoard"))).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_support_person_is_linked_to_a_CD_of_the_PCN()
    {
        var lead = await _world.ClientForAsync("lead");
        var url = $"/api/organisations/{_world.PcnA.Id}/people";

        await (await lead.PostJsonAsync(url, Person("mentor@test.pcnflow", "SupportPerson"))).ErrorsForAsync("supportsUserId");
        (await (await lead.PostJsonAsync(url, Person("mentor@test.pcnflow", "SupportPerson", supports: _world["cdB"].Id))).ErrorsForAsync("supportsUserId"))
            .ShouldContain(m => m.Contains("Riverside PCN"));
        await (await lead.PostJsonAsync(url, Person("mentor@test.pcnflow", "PcnBoard", supports: _world["cdA"].Id))).ErrorsForAsync("supportsUserId");

        var created = await (await lead.PostJsonAsync(url, Person("mentor@test.pcnflow", "SupportPerson", supports: _world["cdA"].Id))).OkJsonAsync(HttpStatusCode.Created);
        created["roles"]![0]!["supportsUserId"]!.GetValue<Guid>().ShouldBe(_world["cdA"].Id);
    }

    [Fact]
    public async Task Roles_are_added_once_and_removed_by_the_ICS_lead()
    {
        var lead = await _world.ClientForAsync("lead");
        var url = $"/api/organisations/{_world.PcnB.Id}/roles";
        var request = new JsonObject { ["userId"] = _world["cdA"].Id, ["role"] = "PcnBoard" };

        var added = await (await lead.PostJsonAsync(url, request)).OkJsonAsync(HttpStatusCode.Created);
        added["role"]!.GetValue<string>().ShouldBe("PcnBoard");
        added["organisationId"]!.GetValue<Guid>().ShouldBe(_world.PcnB.Id);
        await (await lead.PostJsonAsync(url, request)).ProblemAsync(HttpStatusCode.Conflict);
        await (await lead.PostJsonAsync(url, new JsonObject { ["userId"] = Guid.NewGuid(), ["role"] = "PcnBoard" })).ErrorsForAsync("userId");
        await (await lead.PostJsonAsync(url, new JsonObject { ["userId"] = _world["cdA"].Id, ["role"] = "Superuser" })).ErrorsForAsync("role");
        await (await (await _world.ClientForAsync("cdB")).PostJsonAsync(url, request)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await (await _world.ClientForAsync("leadSouth")).PostJsonAsync(url, request)).ProblemAsync(HttpStatusCode.NotFound);

        var people = await (await lead.GetAsync($"/api/organisations/{_world.PcnB.Id}/people")).OkJsonAsync();
        people["items"]!.AsArray().ShouldContain(p => p!["displayName"]!.GetValue<string>() == "cdA");

        var remove = $"{url}/{added["id"]}";
        await (await (await _world.ClientForAsync("leadSouth")).DeleteAsync(remove)).ProblemAsync(HttpStatusCode.NotFound);
        (await lead.DeleteAsync(remove)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await (await lead.DeleteAsync(remove)).ProblemAsync(HttpStatusCode.NotFound);
        // An assignment that exists but belongs to another organisation is not this one's to remove.
        var cdBRole = (await (await lead.GetAsync($"/api/organisations/{_world.PcnB.Id}/people")).OkJsonAsync())["items"]![0]!["roles"]![0]!["id"]!.ToString();
        await (await lead.DeleteAsync($"/api/organisations/{_world.PcnA.Id}/roles/{cdBRole}")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Everyone_chooses_individual_emails_or_a_daily_digest()
    {
        var cd = await _world.ClientForAsync("cdA");

        (await (await cd.GetAsync("/api/me/preferences")).OkJsonAsync())["notificationPreference"]!.GetValue<string>().ShouldBe("Individual");
        (await (await cd.PutJsonAsync("/api/me/preferences", new JsonObject { ["notificationPreference"] = "dailydigest" })).OkJsonAsync())["notificationPreference"]!
            .GetValue<string>().ShouldBe("DailyDigest");
        (await (await cd.GetAsync("/api/me/preferences")).OkJsonAsync())["notificationPreference"]!.GetValue<string>().ShouldBe("DailyDigest");
        (await (await (await _world.ClientForAsync("cdB")).GetAsync("/api/me/preferences")).OkJsonAsync())["notificationPreference"]!.GetValue<string>().ShouldBe("Individual");

        await (await cd.PutJsonAsync("/api/me/preferences", new JsonObject { ["notificationPreference"] = "Weekly" })).ErrorsForAsync("notificationPreference");
        (await _factory.CreateClient().GetAsync("/api/me/preferences")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    private static JsonObject Person(string email, string role, Guid? supports = null)
    {
        var person = new JsonObject { ["email"] = email, ["displayName"] = "New Person", ["role"] = role, ["password"] = TestWorld.Password };
        if (supports != null)
            person["supportsUserId"] = supports;
        return person;
    }
}
