using System.Net;
using System.Text.Json.Nodes;
using PcnFlow.Server.Tests.Definitions;
using PcnFlow.Server.Tests.Infrastructure;

namespace PcnFlow.Server.Tests.Organisations;

[Collection(AppHosts.Name)]
public sealed class OrganisationReadTests : IAsyncLifetime
{
    private readonly PcnFlowAppFactory _factory = new();
    private TestWorld _world = null!;

    public async Task InitializeAsync() => _world = await TestWorld.CreateAsync(_factory);

    public Task DisposeAsync()
    {
        _factory.Dispose();
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("admin", "Hill Top Surgery|Hillside PCN|Mill Lane Practice|North ICS|Riverside PCN|Riverside Surgery|Seaside PCN|South ICS")]
    [InlineData("lead", "Hill Top Surgery|Hillside PCN|Mill Lane Practice|North ICS|Riverside PCN|Riverside Surgery")]
    [InlineData("leadSouth", "Seaside PCN|South ICS")]
    [InlineData("cdA", "Mill Lane Practice|Riverside PCN|Riverside Surgery")]
    [InlineData("boardA", "Riverside PCN")]
    [InlineData("pmA", "Riverside PCN|Riverside Surgery")]
    [InlineData("supportA", "")]
    public async Task Each_role_lists_only_its_own_part_of_the_tree(string person, string expected)
    {
        var list = await (await (await _world.ClientForAsync(person)).GetAsync("/api/organisations?pageSize=100")).OkJsonAsync();
        var names = list["items"]!.AsArray().Select(o => o!["name"]!.GetValue<string>()).Order(StringComparer.Ordinal);
        string.Join('|', names).ShouldBe(expected);
    }

    [Fact]
    public async Task The_list_filters_by_kind_and_parent_pages_and_refuses_an_unknown_kind()
    {
        var lead = await _world.ClientForAsync("lead");

        var pcns = await (await lead.GetAsync("/api/organisations?kind=pcn")).OkJsonAsync();
        pcns["items"]!.AsArray().Select(o => o!["kind"]!.GetValue<string>()).ShouldBe(["Pcn", "Pcn"]);
        var practices = await (await lead.GetAsync($"/api/organisations?parentId={_world.PcnA.Id}")).OkJsonAsync();
        practices["total"]!.GetValue<int>().ShouldBe(2);
        var page = await (await (await _world.ClientForAsync("admin")).GetAsync("/api/organisations?page=2&pageSize=3")).OkJsonAsync();
        page["items"]!.AsArray().Count.ShouldBe(3);
        page["total"]!.GetValue<int>().ShouldBe(8);
        await (await lead.GetAsync("/api/organisations?kind=Hospital")).ErrorsForAsync("kind");
    }

    [Fact]
    public async Task Getting_an_organisation_the_caller_cannot_see_is_404_like_one_that_does_not_exist()
    {
        var cd = await _world.ClientForAsync("cdA");
        var own = await (await cd.GetAsync($"/api/organisations/{_world.PcnA.Id}")).OkJsonAsync();
        own["name"]!.GetValue<string>().ShouldBe("Riverside PCN");
        own["parentId"]!.GetValue<Guid>().ShouldBe(_world.North.Id);
        own["hasWebhook"]!.GetValue<bool>().ShouldBeFalse();

        await (await cd.GetAsync($"/api/organisations/{_world.PcnB.Id}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await (await _world.ClientForAsync("lead")).GetAsync($"/api/organisations/{_world.PcnC.Id}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await cd.GetAsync($"/api/organisations/{Guid.NewGuid()}")).ProblemAsync(HttpStatusCode.NotFound);
        (await _factory.CreateClient().GetAsync("/api/organisations")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task People_lists_everyone_with_a_role_in_the_organisation_and_the_support_people_of_its_CDs()
    {
        var list = await (await (await _world.ClientForAsync("lead")).GetAsync($"/api/organisations/{_world.PcnA.Id}/people")).OkJsonAsync();
        var people = list["items"]!.AsArray().Select(p => p!.AsObject()).ToDictionary(p => p["displayName"]!.GetValue<string>());
        people.Keys.Order(StringComparer.Ordinal).ShouldBe(["boardA", "cdA", "supportA"]);
        Roles(people["cdA"]).ShouldBe(["ClinicalDirector"]);
        var support = people["supportA"]["roles"]!.AsArray().Single()!;
        support["role"]!.GetValue<string>().ShouldBe("SupportPerson");
        support["supportsUserId"]!.GetValue<Guid>().ShouldBe(_world["cdA"].Id);
        people["cdA"]["email"]!.GetValue<string>().ShouldBe("cdA@test.pcnflow");

        await (await (await _world.ClientForAsync("cdB")).GetAsync($"/api/organisations/{_world.PcnA.Id}/people")).ProblemAsync(HttpStatusCode.NotFound);
    }

    private static IEnumerable<string> Roles(JsonObject person) => person["roles"]!.AsArray().Select(r => r!["role"]!.GetValue<string>());
}
