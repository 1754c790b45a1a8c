using System.Text.Json.Nodes;
using PcnFlow.Engine.Expressions;

namespace PcnFlow.Engine.Tests.Expressions;

public sealed class JavaScriptEvaluatorConversionTests : IDisposable
{
    private readonly JavaScriptEvaluator _evaluator = new();
    private readonly FakeScope _scope = new();

    public void Dispose() => _evaluator.Dispose();

    [Fact]
    public void Evaluate_Number_ReturnsDouble()
    {
        _evaluator.Evaluate("40 + 2", _scope).ShouldBeOfType<double>().ShouldBe(42.0);
        _evaluator.Evaluate("1 / 4", _scope).ShouldBe(0.25);
    }

    [Fact]
    public void Evaluate_StringAndBoolean_ReturnThemselves()
    {
        _evaluator.Evaluate("'PCN'.toLowerCase()", _scope).ShouldBe("pcn");
        _evaluator.Evaluate("3 > 2", _scope).ShouldBe(true);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("undefined")]
    [InlineData("var x = 1;")]
    [InlineData("(function () {})")]
    public void Evaluate_NullUndefinedOrFunction_ReturnsNull(string script) =>
        _evaluator.Evaluate(script, _scope).ShouldBeNull();

    [Fact]
    public void Evaluate_Date_ReturnsDateTimeOffset() =>
        _evaluator.Evaluate("new Date(Date.UTC(2024, 2, 5, 10, 30))", _scope)
            .ShouldBe(new DateTimeOffset(2024, 3, 5, 10, 30, 0, TimeSpan.Zero));

    [Fact]
    public void Evaluate_Object_ReturnsJsonObject()
    {
        var result = _evaluator.Evaluate("({ name: 'North', count: 2, ok: true, nested: { list: [1, 'a', null] }, skip: undefined, when: new Date(0) })", _scope);

        var json = result.ShouldBeOfType<JsonObject>();
        json["when"]!.GetValue<string>().ShouldBe("1970-01-01T00:00:00+00:00");
        json.Remove("when");
        json.ToJsonString().ShouldBe("""{"name":"North","count":2,"ok":true,"nested":{"list":[1,"a",null]}}""");
    }

    [Fact]
    public void Evaluate_Array_ReturnsJsonArray() =>
        _evaluator.Evaluate("[1, 2, 3].map(x => x * 2)", _scope).ShouldBeOfType<JsonArray>().ToJsonString().ShouldBe("[2,4,6]");

    [Fact]
    public void Evaluate_VariablesObject_ReturnsSnapshotOfVariables()
    {
        _scope.Variables["Counter"] = 2.0;
        _scope.Variables["Name"] = "Elm";

        _evaluator.Evaluate("variables", _scope).ShouldBeOfType<JsonObject>().ToJsonString().ShouldBe("""{"Counter":2,"Name":"Elm"}""");
    }

    [Fact]
    public void Evaluate_CircularObject_ThrowsRuntime() =>
        Should.Throw<ExpressionException>(() => _evaluator.Evaluate("var o = {}; o.self = o; o", _scope)).Kind.ShouldBe(ExpressionFailureKind.Runtime);

    [Fact]
    public void Evaluate_JsonVariable_IsPlainJavaScriptValue()
    {
        _scope.Variables["Practice"] = new JsonObject { ["name"] = "Elm Surgery", ["lists"] = new JsonArray(1, 2, 3) };

        _evaluator.Evaluate("getPractice().lists.length + ' ' + Array.isArray(getPractice().lists) + ' ' + JSON.stringify(getPractice())", _scope)
            .ShouldBe("""3 true {"name":"Elm Surgery","lists":[1,2,3]}""");
    }

    [Fact]
    public void Evaluate_SetVariableWithObject_StoresJsonObject()
    {
        _evaluator.Evaluate("setVariable('Summary', { total: 3, names: ['a', 'b'] })", _scope);

        _scope.Variables["Summary"].ShouldBeOfType<JsonObject>().ToJsonString().ShouldBe("""{"total":3,"names":["a","b"]}""");
    }

    [Fact]
    public void Evaluate_DateVariable_IsJavaScriptDate()
    {
        _scope.Variables["Due"] = new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero);

        _evaluator.Evaluate("getDue().getUTCFullYear() + '-' + (getDue().getUTCMonth() + 1)", _scope).ShouldBe("2024-6");
    }

    [Fact]
    public void Evaluate_IntegerVariable_IsJavaScriptNumber()
    {
        _scope.Variables["Count"] = 5;
        _scope.Variables["Amount"] = 2.5m;

        _evaluator.Evaluate("typeof getCount() + ' ' + (getCount() + getAmount())", _scope).ShouldBe("number 7.5");
    }
}
