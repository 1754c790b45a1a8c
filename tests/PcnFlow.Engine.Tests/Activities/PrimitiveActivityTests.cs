using System.Text.Json.Nodes;
using PcnFlow.Engine.Runtime;

namespace PcnFlow.Engine.Tests.Activities;

/// <summary>WriteLine, SetVariable, SetOutput, Correlate, SetName and RunJavaScript.</summary>
public sealed class PrimitiveActivityTests
{
    private const string Variables = """
        [
          { "id": "v1", "name": "Counter", "typeName": "Int32", "value": "0" },
          { "id": "v2", "name": "Greeting", "typeName": "String", "value": "" },
          { "id": "v3", "name": "Person", "typeName": "Object", "value": null }
        ]
        """;

    [Fact]
    public void WriteLine_LiteralText_IsWrittenAsIs() =>
        Flow.Of(Act.WriteLine("w", "Dummy Text")).Start().State.OutputLog.ShouldBe(["Dummy Text"]);

    [Fact]
    public void WriteLine_JavaScript_WritesTheResultAsText() =>
        Flow.Of(Act.WriteLineJs("w", "'Total: ' + (20 + 22)")).Start().State.OutputLog.ShouldBe(["Total: 42"]);

    [Fact]
    public void WriteLine_Liquid_RendersThePcnNameAndVariables()
    {
        var flow = Flow.Of(
            [Act.Of("w", "Elsa.WriteLine", ("text", In.Liquid("Welcome, {{ pcn.name }} ({{ variables.Counter }})")))],
            [],
            Variables);

        var state = flow.Start(new StartOptions { PcnName = "Riverside PCN" }).State;

        state.OutputLog.ShouldBe(["Welcome, Riverside PCN (0)"]);
    }

    [Fact]
    public void Variables_StartWithTheirDeclaredTypes()
    {
        var state = Flow.Of([Act.WriteLine("w", "x")], [], Variables).Start().State;

        state.Variables["Counter"].ShouldBe(0.0);
        state.Variables["Greeting"].ShouldBe("");
        state.Variables["Person"].ShouldBeNull();
    }

    [Fact]
    public void SetVariable_Int32FromText_IsANumberScriptsCanAddTo()
    {
        var flow = Flow.Of(
            [SetVariable("set", "Counter", In.Lit("41")), Act.WriteLineJs("w", "getCounter() + 1")],
            ["set -> w"],
            Variables);

        var state = flow.Start().State;

        state.Variables["Counter"].ShouldBe(41.0);
        state.OutputLog.ShouldBe(["42"]);
    }

    [Fact]
    public void SetVariable_JavaScriptIncrement_UpdatesTheVariable()
    {
        var flow = Flow.Of(
            [SetVariable("a", "Counter", In.Js("getCounter() + 1")), SetVariable("b", "Counter", In.Js("variables.Counter * 10"))],
            ["a -> b"],
            Variables);

        flow.Start().State.Variables["Counter"].ShouldBe(10.0);
    }

    [Fact]
    public void SetVariable_String_KeepsTheText()
    {
        var flow = Flow.Of([SetVariable("set", "Greeting", In.Lit("Hello")), Act.WriteLineJs("w", "getGreeting() + ', world'")], ["set -> w"], Variables);

        var state = flow.Start().State;

        state.Variables["Greeting"].ShouldBe("Hello");
        state.OutputLog.ShouldBe(["Hello, world"]);
    }

    [Fact]
    public void SetVariable_JavaScriptObject_IsStoredAsJsonAndReadBackByScripts()
    {
        var flow = Flow.Of(
            [SetVariable("set", "Person", In.Js("({ name: 'Ada', practices: ['North', 'South'] })")), Act.WriteLineJs("w", "getPerson().name + ' ' + getPerson().practices.length")],
            ["set -> w"],
            Variables);

        var state = flow.Start().State;

        var person = state.Variables["Person"].ShouldBeAssignableTo<JsonObject>()!;
        person["name"]!.GetValue<string>().ShouldBe("Ada");
        state.OutputLog.ShouldBe(["Ada 2"]);
        WorkflowStateSerializer.Deserialize(WorkflowStateSerializer.Serialize(state)).Variables["Person"].ShouldBeAssignableTo<JsonObject>();
    }

    [Fact]
    public void SetVariable_TextThatIsNotAWholeNumber_FaultsTheInstance()
    {
        var flow = Flow.Of([SetVariable("set", "Counter", In.Js("'many'"))], [], Variables);

        var state = flow.Start().State;

        state.SubStatus.ShouldBe(WorkflowSubStatus.Faulted);
        state.Incidents.ShouldHaveSingleItem().ActivityId.ShouldBe("set");
    }

    [Fact]
    public void SetOutput_SetsAWorkflowOutput()
    {
        var flow = Flow.Of(Act.Of("out", "Elsa.SetOutput", ("outputName", In.Lit("Result")), ("outputValue", In.Js("6 * 7"))));

        flow.Start().State.Output["Result"].ShouldBe(42.0);
    }

    [Fact]
    public void Correlate_SetsTheCorrelationIdThatLaterScriptsSee()
    {
        var flow = Flow.Of(
            [Act.WriteLineJs("before", "context.correlationId || 'none'"), Act.Of("correlate", "Elsa.Correlate", ("correlationId", In.Js("'pcn-' + 42"))), Act.WriteLineJs("after", "context.correlationId")],
            ["before -> correlate", "correlate -> after"]);

        var state = flow.Start().State;

        state.CorrelationId.ShouldBe("pcn-42");
        state.OutputLog.ShouldBe(["none", "pcn-42"]);
    }

    [Fact]
    public void SetName_SetsTheInstanceName()
    {
        var flow = Flow.Of(Act.Of("name", "Elsa.SetName", ("value", In.Liquid("Support for {{ pcn.name }}"))));

        flow.Start(new StartOptions { PcnName = "Riverside PCN" }).State.Name.ShouldBe("Support for Riverside PCN");
    }

    [Fact]
    public void RunJavaScript_ItsResultIsTheOutputOtherActivitiesRead()
    {
        var flow = Flow.Of(
            [Act.Of("js", "Elsa.RunJavaScript", ("script", In.Lit("const practices = ['North', 'South', 'East']; practices.length * 2"))), Act.WriteLineJs("w", "'Result: ' + getOutputFrom('js')")],
            ["js -> w"]);

        var state = flow.Start().State;

        state.ActivityOutputs["js"].ShouldBe(6.0);
        state.OutputLog.ShouldBe(["Result: 6"]);
    }

    [Fact]
    public void RunJavaScript_CanSetVariables()
    {
        var flow = Flow.Of([Act.Of("js", "Elsa.RunJavaScript", ("script", In.Lit("setCounter(7); setGreeting('Hi')")))], [], Variables);

        var state = flow.Start().State;

        state.Variables["Counter"].ShouldBe(7.0);
        state.Variables["Greeting"].ShouldBe("Hi");
    }

    private static string SetVariable(string id, string variable, JsonObject value) =>
        Act.Of(id, "Elsa.SetVariable", ("variable", new JsonObject { ["id"] = "v-" + variable, ["name"] = variable }), ("value", value));
}
