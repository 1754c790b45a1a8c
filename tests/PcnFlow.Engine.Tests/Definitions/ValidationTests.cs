using System.Text.Json.Nodes;
using PcnFlow.Engine.Definitions;
using PcnFlow.Engine.Runtime;
using PcnFlow.Engine.Tests.Activities;

namespace PcnFlow.Engine.Tests.Definitions;

/// <summary>Definition validation: every problem at once, each with the activity id, the JSON path and a sentence.</summary>
public sealed class ValidationTests
{
    private readonly WorkflowEngine _engine = new();

    [Fact]
    public void AValidDefinition_HasNoProblems() =>
        Validate([Act.Start(), Act.WriteLine("w", "hello")], ["start -> w"]).ShouldBeEmpty();

    [Fact]
    public void UnknownActivityTypes_AreEachReported_AndListedTogether()
    {
        var problems = Validate(
            [Act.Start(), Act.Of("http", "Elsa.SendHttpRequest"), Act.Of("mail", "Elsa.SendEmail"), Act.Of("mail2", "Elsa.SendEmail")],
            ["start -> http", "http -> mail", "mail -> mail2"]);

        problems.Where(p => p.Code == "unknown-activity-type").Select(p => (p.ActivityId, p.JsonPath)).ShouldBe(
        [
            ("http", "$.root.activities[1].type"),
            ("mail", "$.root.activities[2].type"),
            ("mail2", "$.root.activities[3].type"),
        ]);
        var summary = problems.Single(p => p.Code == "unknown-activity-types");
        summary.Message.ShouldContain("Elsa.SendEmail, Elsa.SendHttpRequest");
        problems.ShouldNotContain(p => p.Code == "missing-activity");
    }

    [Fact]
    public void ActivitiesAfterAnUnknownType_AreNotAlsoReportedAsUnreachable()
    {
        var problems = Validate([Act.Start(), Act.Of("http", "Elsa.SendHttpRequest"), Act.WriteLine("after", "x")], ["start -> http", "http -> after"]);

        problems.Select(p => p.Code).ShouldBe(["unknown-activity-type", "unknown-activity-types"]);
    }

    [Fact]
    public void DuplicateIds_AreReported()
    {
        var problem = Validate([Act.Start("a"), Act.WriteLine("b", "one"), Act.WriteLine("b", "two")], ["a -> b"]).ShouldHaveSingleItem();

        problem.Code.ShouldBe("duplicate-id");
        problem.ActivityId.ShouldBe("b");
        problem.JsonPath.ShouldBe("$.root.activities[2].id");
    }

    [Fact]
    public void AConnectionToAMissingActivity_IsReported()
    {
        var problem = Validate([Act.Start(), Act.WriteLine("w", "x")], ["start -> w", "w -> ghost"]).ShouldHaveSingleItem();

        problem.Code.ShouldBe("missing-activity");
        problem.ActivityId.ShouldBe("ghost");
        problem.JsonPath.ShouldBe("$.root.connections[1]");
        problem.Message.ShouldContain("'ghost'");
    }

    [Fact]
    public void AConnectionFromAPortTheActivityDoesNotHave_IsReported()
    {
        var problems = Validate(
            [Act.Start(), Act.Decision("d", "true"), Act.WriteLine("w", "x"), Act.Task("t"), Act.WriteLine("w2", "y")],
            ["start -> d", "d:Maybe -> w", "d:True -> t", "t:Rejected -> w2"]);

        var ports = problems.Where(p => p.Code == "missing-port").ToList();
        ports.Select(p => (p.ActivityId, p.JsonPath)).ShouldBe([("d", "$.root.connections[1].source.port"), ("t", "$.root.connections[3].source.port")]);
        ports[0].Message.ShouldContain("True, False");
        ports[1].Message.ShouldContain("Its outcomes are: Done.");
    }

    [Fact]
    public void NoStartActivity_WhenEveryActivityHasAnInboundConnection_IsReported()
    {
        var problem = Validate([Act.WriteLine("a", "a"), Act.WriteLine("b", "b")], ["a -> b", "b -> a"]).ShouldHaveSingleItem();

        problem.Code.ShouldBe("no-start");
        problem.ActivityId.ShouldBe("Flowchart1");
        problem.JsonPath.ShouldBe("$.root");
    }

    [Fact]
    public void AnUnreachableActivity_IsReported()
    {
        var problems = Validate([Act.Start(), Act.WriteLine("a", "a"), Act.WriteLine("island", "b"), Act.WriteLine("c", "c")], ["start -> a", "island -> c"]);

        problems.ShouldAllBe(p => p.Code == "unreachable");
        problems.Select(p => (p.ActivityId, p.JsonPath)).ShouldBe([("island", "$.root.activities[2]"), ("c", "$.root.activities[3]")]);
        problems[0].Message.ShouldContain("can never run");
    }

    [Fact]
    public void FiveDifferentProblems_AreAllReturned()
    {
        var problems = Validate(
            [Act.Start(), Act.Of("bad", "Elsa.Unknown"), Act.Delay("wait", "soon"), Act.Of("t", "PcnFlow.HumanTask", ("ownerRole", In.Lit("ClinicalDirector"))), Act.WriteLine("island", "x")],
            ["start -> bad", "start -> wait", "wait -> t", "t -> nowhere"]);

        problems.Select(p => p.Code).ShouldBe(
            ["unknown-activity-type", "bad-duration", "missing-input", "missing-activity", "unreachable", "unknown-activity-types"],
            ignoreOrder: true);
    }

    [Fact]
    public void EveryMessage_IsASentence()
    {
        const string BadForm = """{ "fields": [{ "label": "No name" }, { "name": "a", "kind": "blob" }, { "name": "s", "kind": "select" }] }""";
        var json = Flow.Json(
            [Act.Start(), Act.Of("bad", "Elsa.Unknown"), Act.Delay("wait", "soon"), Act.Decision("d", "if ("),
             Act.Of("t", "PcnFlow.HumanTask", ("ownerRole", In.Lit("Nobody")), ("due", In.Lit("whenever")), ("form", In.Obj(BadForm))),
             Act.Of("f", "Elsa.FlowJoin", ("mode", In.Lit("WaitSome"))), Act.WriteLine("island", "x"), Act.Of("c", "Elsa.Cron", ("cronExpression", In.Lit("x"))),
             Act.Of("w", "Elsa.WriteLine", ("text", new JsonObject { ["expression"] = new JsonObject { ["type"] = "Python", ["value"] = "x" } }))],
            ["start -> bad", "start -> wait", "wait -> d", "d:True -> t", "d:Maybe -> f", "t -> nowhere", "d:False -> f", "f -> c", "c -> w"],
            """[{ "name": "N", "typeName": "Int32", "value": "abc" }]""");

        var problems = _engine.Validate(json);

        problems.Select(p => p.Code).Distinct().Count().ShouldBeGreaterThanOrEqualTo(10);
        problems.ShouldAllBe(p => p.Message.TrimEnd().EndsWith('.'));
    }

    [Fact]
    public void InvalidJson_IsOneProblemWithALocation()
    {
        var problem = _engine.Validate("{ \"definitionId\": \"x\",\n  \"root\": { \"type\": \"Elsa.Flowchart\", } ").ShouldHaveSingleItem();

        problem.Code.ShouldBe("invalid-json");
        problem.Message.ShouldContain("line 2");
        problem.Message.ShouldEndWith(".");
    }

    [Fact]
    public void Compile_RefusesAnInvalidDefinitionWhole_WithEveryProblem()
    {
        var definition = Flow.Definition([Act.Start(), Act.Delay("wait", "soon"), Act.Of("d", "Elsa.FlowDecision")], ["start -> wait", "wait -> d"]);

        var exception = Should.Throw<InvalidDefinitionException>(() => _engine.Compile(definition));

        exception.Problems.Select(p => p.Code).ShouldBe(["bad-duration", "missing-input"], ignoreOrder: true);
        exception.Message.ShouldContain("2 problems");
        _engine.Validate(definition).ShouldBe(exception.Problems);
    }

    private IReadOnlyList<DefinitionProblem> Validate(IEnumerable<string> activities, IEnumerable<string> connections) =>
        _engine.Validate(Flow.Json(activities, connections));
}
