using System.Text.Json.Nodes;
using PcnFlow.Engine.Hosting;

namespace PcnFlow.Engine.Tests.Conformance;

/// <summary>Every case Elsa's own integration tests assert: the same WriteLine lines and the same final status.</summary>
public sealed class ElsaConformanceTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        var cases = JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.Conformance, "cases.json")))!["cases"]!.AsArray();
        foreach (var item in cases)
            data.Add(item!["file"]!.GetValue<string>());
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_RunsToElsasExpectedLinesAndStatus(string file)
    {
        var expected = JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.Conformance, "cases.json")))!["cases"]!.AsArray()
            .First(c => c!["file"]!.GetValue<string>() == file)!;
        var definition = WorkflowDefinitionLoader.Load(Path.Combine(TestPaths.Conformance, file));
        var host = new InMemoryWorkflowHost(new SimulatedClock(new DateTimeOffset(2024, 1, 1, 9, 0, 0, TimeSpan.Zero)));
        host.Register(definition);

        var state = host.Start(definition.DefinitionId);
        host.AdvanceTo(host.Clock.Now.AddDays(1));

        state.SubStatus.ToString().ShouldBe(expected["status"]!.GetValue<string>());
        if (expected["lines"] is JsonArray lines)
            state.OutputLog.ShouldBe(lines.Select(l => l!.GetValue<string>()).ToList());
    }
}
