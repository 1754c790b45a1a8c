using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using PcnFlow.Server.Tests.Definitions;
using PcnFlow.Server.Tests.Security;

namespace PcnFlow.Server.Tests.Hostile;

/// <summary>Mutations the fuzzer found answering 500 or refusing without a location, kept as fixed cases.</summary>
[Collection(AppHosts.Name)]
public sealed class MutationRegressionTests(SecuredApp app) : IClassFixture<SecuredApp>
{
    [Fact]
    public async Task A_value_nested_116_levels_deep_is_refused_at_its_path_not_a_500()
    {
        var definition = ShippedWorkflows.Renamed("deep-nesting", "Deep nesting");
        JsonNode nested = "bottom";
        for (var i = 0; i < 116; i++)
            nested = new JsonArray(nested);
        definition["root"]!["connections"]![0]!["sourcePort"] = nested;

        var errors = await ImportAsync(definition.ToJsonString(new System.Text.Json.JsonSerializerOptions { MaxDepth = 256 }));

        var error = errors.ShouldHaveSingleItem();
        error.Key.ShouldStartWith("$.root.connections[0].sourcePort[0][0]");
        error.Value!.ToJsonString().ShouldContain("nested more than 48 levels");
    }

    [Fact]
    public async Task A_connection_to_an_empty_id_is_refused_under_its_json_path()
    {
        var definition = ShippedWorkflows.Renamed("empty-target", "Empty target");
        definition["root"]!["connections"]![0]!["target"]!["activity"] = "";

        var errors = await ImportAsync(definition.ToJsonString());

        errors.Select(e => e.Key).ShouldAllBe(k => k.Length > 0);
        errors.ShouldContainKey("$.root.connections[0]");
    }

    [Fact]
    public async Task A_property_given_twice_is_refused_naming_the_property_and_line()
    {
        var errors = await ImportAsync("{\"definitionId\":\"twice\",\n\"name\":\"a\",\"name\":\"b\",\"root\":{\"id\":\"f\",\"type\":\"Elsa.Flowchart\"}}");

        errors.Select(e => e.Key).ShouldBe(["$.name"]);
        errors["$.name"]!.ToJsonString().ShouldContain("line 2");
    }

    private async Task<JsonObject> ImportAsync(string body)
    {
        using var admin = await app.World.ClientForAsync("admin");
        using var response = await admin.PostAsync("/api/workflow-definitions/import", new StringContent(body, Encoding.UTF8, "application/json"));
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        return problem["errors"]!.AsObject();
    }
}
