using System.Text.Json.Nodes;
using PcnFlow.Engine.Definitions;

namespace PcnFlow.Engine.Tests.Definitions;

public sealed class RoundTripTests
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in TestPaths.AllDefinitionFiles())
            data.Add(Path.GetRelativePath(TestPaths.RepoRoot, file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void ImportExportImport_YieldsAnEqualDefinition(string file)
    {
        var json = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, file));
        var first = WorkflowDefinitionReader.ReadOrThrow(json);
        var exported = WorkflowDefinitionWriter.ToJsonString(first);
        var second = WorkflowDefinitionReader.ReadOrThrow(exported);

        JsonNode.DeepEquals(WorkflowDefinitionWriter.ToJson(first), WorkflowDefinitionWriter.ToJson(second)).ShouldBeTrue();
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Export_KeepsEveryPropertyOfTheSource(string file)
    {
        var source = JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.RepoRoot, file)))!;
        var exported = WorkflowDefinitionWriter.ToJson(WorkflowDefinitionReader.ReadOrThrow(source.ToJsonString()));

        JsonNode.DeepEquals(Normalise(source), Normalise(exported)).ShouldBeTrue();
    }

    [Fact]
    public void Read_OldConnectionForm_IsWrittenInTheNewForm()
    {
        var definition = WorkflowDefinitionLoader.Load(Path.Combine(TestPaths.Conformance, "workflows", "importandexecute-implicit-loop.json"));
        var connection = definition.Root.Connections![0];

        connection.Source.ShouldBe(new Endpoint("WriteLine1", "Done"));
        connection.Target.ShouldBe(new Endpoint("SetVariable1", "In"));
        WorkflowDefinitionWriter.ToJson(definition)["root"]!["connections"]![0]!["source"]!["activity"]!.GetValue<string>().ShouldBe("WriteLine1");
    }

    [Fact]
    public void Export_KeepsDesignerMetadataAndCustomProperties()
    {
        var definition = WorkflowDefinitionLoader.Load(Path.Combine(TestPaths.Conformance, "workflows", "explicitjoins-join-all-2.json"));
        var activity = WorkflowDefinitionWriter.ToJson(definition)["root"]!["activities"]![0]!;

        activity["metadata"]!["designer"]!["size"]!["width"]!.GetValue<double>().ShouldBe(139.296875);
        activity["customProperties"]!["canStartWorkflow"]!.GetValue<bool>().ShouldBeFalse();
    }

    /// <summary>Old-form connections become new-form ones; everything else must survive as written.</summary>
    private static JsonNode Normalise(JsonNode node)
    {
        var copy = node.DeepClone();
        foreach (var flowchart in Flowcharts(copy))
        {
            if (flowchart["connections"] is not JsonArray connections)
                continue;
            for (var i = 0; i < connections.Count; i++)
            {
                if (connections[i] is JsonObject c && c["source"] is JsonValue)
                {
                    connections[i] = new JsonObject
                    {
                        ["source"] = new JsonObject { ["activity"] = c["source"]!.GetValue<string>(), ["port"] = c["sourcePort"]?.GetValue<string>() ?? "Done" },
                        ["target"] = new JsonObject { ["activity"] = c["target"]!.GetValue<string>(), ["port"] = c["targetPort"]?.GetValue<string>() ?? "In" },
                    };
                }
            }
        }
        return copy;
    }

    private static IEnumerable<JsonObject> Flowcharts(JsonNode node)
    {
        if (node is JsonObject obj)
        {
            if (obj.ContainsKey("connections"))
                yield return obj;
            foreach (var (_, child) in obj.ToList())
            {
                if (child != null)
                {
                    foreach (var nested in Flowcharts(child))
                        yield return nested;
                }
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var child in array.ToList())
            {
                if (child != null)
                {
                    foreach (var nested in Flowcharts(child))
                        yield return nested;
                }
            }
        }
    }
}
