using System.Text.Json.Nodes;
using PcnFlow.Engine.Expressions;

namespace PcnFlow.Engine.Tests.Expressions;

public sealed class JavaScriptEvaluatorTests : IDisposable
{
    private readonly JavaScriptEvaluator _evaluator = new(new ExpressionOptions());

    public void Dispose() => _evaluator.Dispose();

    [Fact]
    public void Evaluate_GetXForVariable_ReadsVariable() =>
        _evaluator.Evaluate("getCounter() + 1", new FakeScope().WithVariable("Counter", 2.0)).ShouldBe(3.0);

    [Fact]
    public void Evaluate_SetXForVariable_WritesVariable()
    {
        var scope = new FakeScope().WithVariable("Counter", 2.0);

        _evaluator.Evaluate("setCounter(getCounter() * 10)", scope);

        scope.Variables["Counter"].ShouldBe(20.0);
    }

    [Fact]
    public void Evaluate_GetVariableAndSetVariable_ReadAndWriteByName()
    {
        var scope = new FakeScope().WithVariable("Name", "Ada");

        _evaluator.Evaluate("setVariable('Greeting', 'Hello ' + getVariable('Name'))", scope);

        scope.Variables["Greeting"].ShouldBe("Hello Ada");
    }

    [Fact]
    public void Evaluate_VariablesObject_ReadsAndWritesCurrentScope()
    {
        var first = new FakeScope().WithVariable("Counter", 1.0);
        var second = new FakeScope().WithVariable("Counter", 5.0);

        _evaluator.Evaluate("variables.Counter = variables.Counter + 2", first);
        var seen = _evaluator.Evaluate("variables.Counter", second);

        first.Variables["Counter"].ShouldBe(3.0);
        seen.ShouldBe(5.0);
    }

    [Fact]
    public void Evaluate_VariablesObject_ListsVariableNames() =>
        _evaluator.Evaluate("Object.keys(variables).join(',') + ':' + ('B' in variables)", new FakeScope().WithVariable("A", 1.0).WithVariable("B", 2.0))
            .ShouldBe("A,B:true");

    [Fact]
    public void Evaluate_GetInputAndGetXForInput_ReadInput()
    {
        var scope = new FakeScope().WithInput("PracticeCount", 7.0);

        _evaluator.Evaluate("getInput('PracticeCount') + getPracticeCount()", scope).ShouldBe(14.0);
    }

    [Fact]
    public void Evaluate_SetXForInput_IsNotDefined() =>
        Should.Throw<ExpressionException>(() => _evaluator.Evaluate("setOnlyInput(1)", new FakeScope().WithInput("OnlyInput", 1.0)))
            .Message.ShouldBe("The script failed: ReferenceError: setOnlyInput is not defined.");

    [Fact]
    public void Evaluate_VariableNamedLikeBuiltIn_KeepsBuiltIn()
    {
        var scope = new FakeScope().WithVariable("Variable", "shadow").WithVariable("Other", 4.0);

        _evaluator.Evaluate("getVariable('Other')", scope).ShouldBe(4.0);
        _evaluator.Evaluate("getVariable('Variable')", scope).ShouldBe("shadow");
    }

    [Fact]
    public void Evaluate_GetOutputFrom_ReadsWholeOutputOrNamedOutput()
    {
        var scope = new FakeScope();
        scope.Outputs["approve"] = new JsonObject { ["Result"] = "yes", ["Score"] = 3 };

        _evaluator.Evaluate("getOutputFrom('approve', 'Result')", scope).ShouldBe("yes");
        _evaluator.Evaluate("getOutputFrom('approve').Score", scope).ShouldBe(3.0);
        _evaluator.Evaluate("getOutputFrom('missing')", scope).ShouldBeNull();
    }

    [Fact]
    public void Evaluate_GetTask_ReturnsCompletedTaskOrNull()
    {
        var scope = new FakeScope().WithTask("sign-off", "Done", new JsonObject { ["Lead"] = "Dr Patel", ["Sessions"] = 12 }, "All good");

        _evaluator.Evaluate("getTask('sign-off').fields.Lead + ' ' + getTask('sign-off').fields.Sessions", scope).ShouldBe("Dr Patel 12");
        _evaluator.Evaluate("getTask('sign-off').outcome + '/' + getTask('sign-off').comment + '/' + getTask('sign-off').completedBy", scope)
            .ShouldBe("Done/All good/dr.jones");
        _evaluator.Evaluate("getTask('sign-off').completedAt", scope).ShouldBe(new DateTimeOffset(2024, 4, 3, 9, 30, 0, TimeSpan.Zero));
        _evaluator.Evaluate("getTask('not-done')", scope).ShouldBeNull();
    }

    [Fact]
    public void Evaluate_Context_DescribesProgramme()
    {
        var scope = new FakeScope();

        _evaluator.Evaluate("context.pcnName + ' ' + context.day0 + ' ' + context.instanceId", scope).ShouldBe("North Star PCN 2024-04-01 instance-1");
        _evaluator.Evaluate("getContext().correlationId", scope).ShouldBe("corr-42");
    }

    [Theory]
    [InlineData("addDays(context.day0, 30)", "2024-05-01")]
    [InlineData("addDays('2024-02-28', 1)", "2024-02-29")]
    [InlineData("addDays(new Date(Date.UTC(2024, 0, 31)), -31)", "2023-12-31")]
    public void Evaluate_AddDays_ReturnsIsoDate(string script, string expected) =>
        _evaluator.Evaluate(script, new FakeScope()).ShouldBe(expected);

    [Fact]
    public void Evaluate_SameScriptTenThousandTimes_KeepsWorking()
    {
        var scope = new FakeScope().WithVariable("Counter", 0.0);

        for (var i = 0; i < 10_000; i++)
        {
            scope.Variables["Counter"] = _evaluator.Evaluate("getCounter() + 1", scope);
        }

        scope.Variables["Counter"].ShouldBe(10_000.0);
    }

    [Fact]
    public void Evaluate_GlobalsLeftByScript_AreGoneForNextScript()
    {
        var scope = new FakeScope();

        _evaluator.Evaluate("var leftover = 1; total = 2; this.extra = 3;", scope);

        _evaluator.Evaluate("typeof leftover + typeof total + typeof extra", scope).ShouldBe("undefinedundefinedundefined");
    }
}
