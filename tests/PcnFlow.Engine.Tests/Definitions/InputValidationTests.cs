using System.Text.Json.Nodes;
using PcnFlow.Engine.Definitions;
using PcnFlow.Engine.Runtime;
using PcnFlow.Engine.Tests.Activities;

namespace PcnFlow.Engine.Tests.Definitions;

/// <summary>Validation of activity inputs: durations, scripts, required inputs and roles, each with the activity id and JSON path.</summary>
public sealed class InputValidationTests
{
    private readonly WorkflowEngine _engine = new();

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
    public void MalformedSwitchCasesAndVariableReferences_AreReportedNotThrown()
    {
        var cases = JsonNode.Parse("""[{ "label": 42, "condition": { "type": "JavaScript", "value": "true" } }, { "label": "B", "condition": { "type": 7, "value": "true" } }]""");

        var problems = Validate(
            [Act.Start(), Act.Of("switch", "Elsa.FlowSwitch", ("cases", cases)), Act.Of("set", "Elsa.SetVariable", ("variable", JsonNode.Parse("""{ "name": 5 }""")), ("value", In.Lit("1")))],
            ["start -> switch", "switch:Default -> set"]);

        problems.Select(p => p.ActivityId).ShouldBe(["switch", "switch", "set"], ignoreOrder: true);
        problems.ShouldAllBe(p => p.Message.EndsWith('.'));
    }

    private IReadOnlyList<DefinitionProblem> Validate(IEnumerable<string> activities, IEnumerable<string> connections) =>
        _engine.Validate(Flow.Json(activities, connections));
}
