using PcnFlow.Engine.Expressions;

namespace PcnFlow.Engine.Tests.Expressions;

public sealed class JavaScriptEvaluatorSandboxTests : IDisposable
{
    private readonly JavaScriptEvaluator _evaluator = new(new ExpressionOptions());
    private readonly FakeScope _scope = new FakeScope().WithVariable("Counter", 1.0);

    public void Dispose() => _evaluator.Dispose();

    [Fact]
    public void Evaluate_InfiniteLoop_StopsOnStatementLimit()
    {
        var failure = Should.Throw<ExpressionException>(() => _evaluator.Evaluate("while (true) {}", _scope));

        failure.Kind.ShouldBe(ExpressionFailureKind.Timeout);
        failure.Message.ShouldBe("The script ran more than 1,000,000 statements and was stopped.");
        StillWorks(_evaluator);
    }

    [Fact]
    public void Evaluate_InfiniteLoopWithoutStatementLimit_StopsOnTimeout()
    {
        using var evaluator = new JavaScriptEvaluator(new ExpressionOptions { Timeout = TimeSpan.FromMilliseconds(300), MaxStatements = 0 });

        var failure = Should.Throw<ExpressionException>(() => evaluator.Evaluate("while (true) {}", _scope));

        failure.Kind.ShouldBe(ExpressionFailureKind.Timeout);
        failure.Message.ShouldBe("The script ran for longer than 300 milliseconds and was stopped.");
        StillWorks(evaluator);
    }

    [Fact]
    public void TimedOut_TwoSeconds_SaysSo() =>
        ExpressionException.TimedOut(TimeSpan.FromSeconds(2), new TimeoutException()).Message
            .ShouldBe("The script ran for longer than 2 seconds and was stopped.");

    [Fact]
    public void Evaluate_StatementLimit_AppliesToEachEvaluationSeparately()
    {
        using var evaluator = new JavaScriptEvaluator(new ExpressionOptions { MaxStatements = 1_000 });

        for (var i = 0; i < 5; i++)
        {
            evaluator.Evaluate("var n = 0; for (var i = 0; i < 300; i++) { n++; } n", _scope).ShouldBe(300.0);
        }
    }

    [Fact]
    public void Evaluate_RunawayAllocation_StopsOnMemoryLimit()
    {
        var failure = Should.Throw<ExpressionException>(() => _evaluator.Evaluate("var a = []; while (true) a.push(new Array(100000).fill(1))", _scope));

        failure.Kind.ShouldBe(ExpressionFailureKind.Memory);
        failure.Message.ShouldBe("The script used more than 64 MB of memory and was stopped.");
        StillWorks(_evaluator);
    }

    [Theory]
    [InlineData("function f() { return f(); } f()")]
    [InlineData("var o = { get a() { return this.a; } }; o.a")]
    public void Evaluate_EndlessRecursion_StopsOnRecursionLimit(string script)
    {
        var failure = Should.Throw<ExpressionException>(() => _evaluator.Evaluate(script, _scope));

        failure.Kind.ShouldBe(ExpressionFailureKind.Recursion);
        failure.Message.ShouldStartWith("The script recursed too deeply");
        StillWorks(_evaluator);
    }

    [Theory]
    [InlineData("System.IO.File.ReadAllText('/etc/passwd')", "System")]
    [InlineData("importNamespace('System').IO.File", "importNamespace")]
    [InlineData("clrType", "clrType")]
    public void Evaluate_ClrAccess_IsForbidden(string script, string name)
    {
        var failure = Should.Throw<ExpressionException>(() => _evaluator.Evaluate(script, _scope));

        failure.Kind.ShouldBe(ExpressionFailureKind.Forbidden);
        failure.Message.ShouldStartWith($"The script tried to use '{name}', but scripts cannot reach .NET types");
        StillWorks(_evaluator);
    }

    [Theory]
    [InlineData("eval('1 + 1')")]
    [InlineData("new Function('return 1')()")]
    [InlineData("getVariable.constructor('return this')()")]
    public void Evaluate_CodeFromString_IsForbidden(string script) =>
        Should.Throw<ExpressionException>(() => _evaluator.Evaluate(script, _scope)).Kind.ShouldBe(ExpressionFailureKind.Forbidden);

    [Fact]
    public void Evaluate_HostFunctions_ExposeNoClrMembers() =>
        _evaluator.Evaluate("typeof getVariable.GetType + typeof variables.GetType + typeof getTask.Method", _scope)
            .ShouldBe("undefinedundefinedundefined");

    [Fact]
    public void Evaluate_ScriptReplacingHostFunction_DoesNotAffectNextScript()
    {
        _evaluator.Evaluate("getVariable = function () { return 'hijacked'; }; variables = null;", _scope);

        _evaluator.Evaluate("getVariable('Counter') + variables.Counter", _scope).ShouldBe(2.0);
    }

    [Fact]
    public void Evaluate_UndefinedName_ThrowsRuntimeWithJavaScriptMessage()
    {
        var failure = Should.Throw<ExpressionException>(() => _evaluator.Evaluate("x + 1", _scope));

        failure.Kind.ShouldBe(ExpressionFailureKind.Runtime);
        failure.Message.ShouldBe("The script failed: ReferenceError: x is not defined.");
        StillWorks(_evaluator);
    }

    [Fact]
    public void Evaluate_ThrownError_ThrowsRuntime() =>
        Should.Throw<ExpressionException>(() => _evaluator.Evaluate("throw new TypeError('bad data')", _scope))
            .Message.ShouldBe("The script failed: TypeError: bad data.");

    [Fact]
    public void Evaluate_SyntaxError_ThrowsSyntaxWithPosition()
    {
        var failure = Should.Throw<ExpressionException>(() => _evaluator.Evaluate("getCounter( +", _scope));

        failure.Kind.ShouldBe(ExpressionFailureKind.Syntax);
        failure.Message.ShouldBe("The script has a syntax error: Unexpected end of input (line 1, column 14).");
        StillWorks(_evaluator);
    }

    [Fact]
    public void TryParse_ValidScript_ReturnsTrue()
    {
        JavaScriptEvaluator.TryParse("var total = getCounter() + 1;\ntotal * 2", out var error).ShouldBeTrue();
        error.ShouldBeNull();
    }

    [Fact]
    public void TryParse_InvalidScript_ReportsLineAndColumn()
    {
        JavaScriptEvaluator.TryParse("var a = 1;\nvar b = ;", out var error).ShouldBeFalse();

        error.ShouldBe("The script has a syntax error: Unexpected token ';' (line 2, column 9).");
    }

    private void StillWorks(JavaScriptEvaluator evaluator) =>
        evaluator.Evaluate("getCounter() + 1", _scope).ShouldBe(2.0);
}
