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

    [Theory]
    [InlineData("Elsa.Delay", "timeSpan", "soon", "$.root.activities[1].timeSpan")]
    [InlineData("PcnFlow.HumanTask", "due", "whenever", "$.root.activities[1].due")]
    [InlineData("PcnFlow.HumanTask", "reminders", "-3 days", "$.root.activities[1].reminders.expression.value[0]")]
    [InlineData("PcnFlow.Review", "opensBefore", "a week", "$.root.activities[1].opensBefore")]
    [InlineData("Elsa.Cron", "cronExpression", "every day", "$.root.activities[1].cronExpression")]
    public void ABadDuration_IsReported(string type, string input, string value, string path)
    {
        JsonNode inputValue = input == "reminders" ? In.Obj(new JsonArray(value).ToJsonString()) : In.Lit(value);
        var activity = type.StartsWith("PcnFlow", StringComparison.Ordinal)
            ? Act.Of("x", type, ("title", In.Lit("T")), ("ownerRole", In.Lit("ClinicalDirector")), ("scheduledDay", In.Lit("D+30")), (input, inputValue))
            : Act.Of("x", type, (input, inputValue));

        var problem = Validate([Act.Start(), activity], ["start -> x"]).ShouldHaveSingleItem();

        problem.Code.ShouldBe("bad-duration");
        problem.ActivityId.ShouldBe("x");
        problem.JsonPath.ShouldBe(path);
        problem.Message.ShouldContain($"'{value}'");
    }

    [Fact]
    public void JavaScriptThatDoesNotParse_IsReported()
    {
        var problem = Validate([Act.Start(), Act.Decision("d", "getCounter( > 1")], ["start -> d"]).ShouldHaveSingleItem();

        problem.Code.ShouldBe("bad-expression");
        problem.ActivityId.ShouldBe("d");
        problem.JsonPath.ShouldBe("$.root.activities[1].condition.expression");
    }

    [Fact]
    public void LiquidThatDoesNotParse_IsReported()
    {
        var problem = Validate([Act.Start(), Act.Of("w", "Elsa.WriteLine", ("text", In.Liquid("{% if x %}never closed")))], ["start -> w"]).ShouldHaveSingleItem();

        problem.Code.ShouldBe("bad-expression");
        problem.JsonPath.ShouldBe("$.root.activities[1].text.expression");
    }

    [Theory]
    [InlineData("Elsa.FlowDecision", "condition")]
    [InlineData("Elsa.Event", "eventName")]
    [InlineData("Elsa.ExecuteWorkflow", "workflowDefinitionId")]
    [InlineData("PcnFlow.SendNotification", "to")]
    public void AMissingRequiredInput_IsReported(string type, string input)
    {
        var problems = Validate([Act.Start(), Act.Of("x", type, ("subject", In.Lit("S")))], ["start -> x"]);

        var problem = problems.ShouldHaveSingleItem();
        problem.Code.ShouldBe("missing-input");
        problem.ActivityId.ShouldBe("x");
        problem.JsonPath.ShouldBe("$.root.activities[1]." + input);
    }

    [Fact]
    public void AHumanTaskWithoutATitle_IsReported()
    {
        var problem = Validate([Act.Start(), Act.Of("t", "PcnFlow.HumanTask", ("ownerRole", In.Lit("ClinicalDirector")), ("title", In.Lit("  ")))], ["start -> t"]).ShouldHaveSingleItem();

        problem.Code.ShouldBe("missing-input");
        problem.JsonPath.ShouldBe("$.root.activities[1].title");
        problem.Message.ShouldContain("needs a title");
    }

    [Fact]
    public void AHumanTaskWithNoOwnerRole_IsReported()
    {
        var problem = Validate([Act.Start(), Act.Of("t", "PcnFlow.HumanTask", ("title", In.Lit("Do it")))], ["start -> t"]).ShouldHaveSingleItem();

        problem.Code.ShouldBe("missing-input");
        problem.JsonPath.ShouldBe("$.root.activities[1].ownerRole");
        problem.Message.ShouldContain("ClinicalDirector, ProgrammeLead, PracticeManager, PcnBoard, SupportPerson");
    }

    [Fact]
    public void UnknownRoles_AreReportedWhereverARoleIsNamed()
    {
        var problems = Validate(
            [Act.Start(),
             Act.Of("t", "PcnFlow.HumanTask", ("title", In.Lit("Do it")), ("ownerRole", In.Lit("Receptionist")), ("escalation", In.Obj("""{ "after": "P5D", "to": "Boss" }"""))),
             Act.Of("s", "PcnFlow.SignOff", ("title", In.Lit("Check")), ("approverRole", In.Lit("Auditor"))),
             Act.Of("n", "PcnFlow.SendNotification", ("to", In.Obj("""["PcnBoard", "Everyone"]""")), ("subject", In.Lit("Hi")))],
            ["start -> t", "t -> s", "s:Approved -> n"]);

        problems.Where(p => p.Code == "unknown-role").Select(p => (p.ActivityId, p.JsonPath)).ShouldBe(
        [
            ("t", "$.root.activities[1].ownerRole"),
            ("t", "$.root.activities[1].escalation.expression.value.to"),
            ("s", "$.root.activities[2].approverRole"),
            ("n", "$.root.activities[3].to"),
        ]);
        problems.Count.ShouldBe(4);
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
        var problems = Validate(
            [Act.Start(), Act.Of("bad", "Elsa.Unknown"), Act.Delay("wait", "soon"), Act.Decision("d", "if ("), Act.Of("t", "PcnFlow.HumanTask", ("ownerRole", In.Lit("Nobody")), ("due", In.Lit("whenever"))),
             Act.Of("f", "Elsa.FlowJoin", ("mode", In.Lit("WaitSome"))), Act.WriteLine("island", "x"), Act.Of("c", "Elsa.Cron", ("cronExpression", In.Lit("x")))],
            ["start -> bad", "bad -> wait", "wait -> d", "d:True -> t", "d:Maybe -> f", "t -> nowhere", "d:False -> f", "f -> c"]);

        problems.Count.ShouldBeGreaterThanOrEqualTo(10);
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
