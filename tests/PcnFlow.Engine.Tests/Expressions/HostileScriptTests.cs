using PcnFlow.Engine.Expressions;

namespace PcnFlow.Engine.Tests.Expressions;

/// <summary>
/// Scripts written to hurt the server or other workflows: giant allocations in one call, escapes to .NET or to code
/// built from strings, and changes to shared built-ins that would leak into the next script on the same thread.
/// </summary>
public sealed class HostileScriptTests : IDisposable
{
    private readonly JavaScriptEvaluator _evaluator = new(new ExpressionOptions());
    private readonly FakeScope _scope = new FakeScope().WithVariable("Counter", 1.0);

    public void Dispose() => _evaluator.Dispose();

    [Theory]
    [InlineData("'x'.repeat(1e9)")]
    [InlineData("'x'.repeat(2 ** 40)")]
    [InlineData("'x'.padEnd(1e9, 'y')")]
    [InlineData("new Array(1e9).fill(0)")]
    [InlineData("Array.from({ length: 1e9 }, () => 0)")]
    [InlineData("new Array(1e8).join('ab')")]
    [InlineData("var s = 'x'; while (true) s += s")]
    [InlineData("var a = []; for (var i = 0; ; i++) a[i] = { i: i, s: 'padding-padding' + i }")]
    [InlineData("new ArrayBuffer(2 ** 31)")]
    [InlineData("new Uint8Array(1e9)")]
    [InlineData("JSON.stringify(new Array(1e8))")]
    public void Evaluate_HugeAllocation_IsStoppedAndTheEvaluatorStillWorks(string script)
    {
        var failure = Should.Throw<ExpressionException>(() => _evaluator.Evaluate(script, _scope));

        failure.Kind.ShouldBeOneOf(ExpressionFailureKind.Memory, ExpressionFailureKind.Runtime, ExpressionFailureKind.Timeout);
        failure.Message.ShouldNotContain("Exception");
        StillWorks();
    }

    // Each is one call that allocates well past the limit but below the longest string or array Jint allows, as the
    // script's last statement, where Jint's own per-statement check never looks.
    [Theory]
    [InlineData("'x'.repeat(1e8)")]
    [InlineData("getCounter(); 'z'.repeat(4e7)")]
    public void Evaluate_OneCallAllocatingPastTheLimitAsTheLastStatement_IsStoppedAsMemory(string script)
    {
        var failure = Should.Throw<ExpressionException>(() => _evaluator.Evaluate(script, _scope));

        failure.Kind.ShouldBe(ExpressionFailureKind.Memory);
        failure.Message.ShouldBe("The script used more than 64 MB of memory and was stopped.");
        StillWorks();
    }

    [Theory]
    [InlineData("throw new Error('x'.repeat(5e6))", "The script failed: Error: xxx")]
    [InlineData("throw 'y'.repeat(5e6)", "The script failed: yyy")]
    [InlineData("throw new TypeError('z'.repeat(301))", "The script failed: TypeError: zzz")]
    public void Evaluate_HugeErrorMessage_IsShortenedAndSaysByHowMuch(string script, string start)
    {
        var failure = Should.Throw<ExpressionException>(() => _evaluator.Evaluate(script, _scope));

        failure.Message.ShouldStartWith(start);
        failure.Message.Length.ShouldBeLessThan(400);
        failure.Message.ShouldMatch(@"… \(shortened from [\d,]+ characters\)\.$");
    }

    [Fact]
    public void Evaluate_StringTooLongToExist_SaysSoAsAMemoryFailure()
    {
        var failure = Should.Throw<ExpressionException>(() => _evaluator.Evaluate("'x'.repeat(1e9)", _scope));

        failure.Kind.ShouldBe(ExpressionFailureKind.Memory);
        failure.Message.ShouldBe("The script tried to build a string too long to hold in memory and was stopped.");
    }

    [Theory]
    [InlineData("function f(n) { return f(n + 1) + 1; } f(0)")]
    [InlineData("var o = {}; o.toString = function () { return '' + this; }; '' + o")]
    [InlineData("JSON.parse('['.repeat(100000) + ']'.repeat(100000))")]
    [InlineData("var a = []; for (var i = 0; i < 100000; i++) a = [a]; JSON.stringify(a)")]
    public void Evaluate_DeepRecursion_IsStoppedWithoutCrashingTheProcess(string script)
    {
        var failure = Should.Throw<ExpressionException>(() => _evaluator.Evaluate(script, _scope));

        failure.Message.ShouldNotContain("Exception");
        StillWorks();
    }

    [Theory]
    [InlineData("require('fs').readFileSync('/etc/passwd')")]
    [InlineData("clr.System.IO.File")]
    [InlineData("Microsoft.Win32.Registry")]
    [InlineData("this.constructor.constructor('return this')()")]
    [InlineData("Function('return this')()")]
    [InlineData("(function(){}).constructor('return 1')()")]
    [InlineData("(async function(){}).constructor('return 1')")]
    [InlineData("(function*(){}).constructor('yield 1')")]
    [InlineData("setTimeout('1', 0)")]
    [InlineData("import('fs')")]
    [InlineData("getVariable.call.constructor('return this')()")]
    [InlineData("Reflect.construct(Function, ['return 1'])")]
    public void Evaluate_EscapeAttempts_Fail(string script)
    {
        var failure = Should.Throw<ExpressionException>(() => _evaluator.Evaluate(script, _scope));

        failure.Kind.ShouldBeOneOf(ExpressionFailureKind.Forbidden, ExpressionFailureKind.Runtime, ExpressionFailureKind.Syntax);
        StillWorks();
    }

    [Theory]
    [InlineData("Object.prototype.isAdmin = true", "({}).isAdmin === undefined")]
    [InlineData("Object.defineProperty(Object.prototype, 'isAdmin', { value: true })", "({}).isAdmin === undefined")]
    [InlineData("({}).__proto__.isAdmin = true", "({}).isAdmin === undefined")]
    [InlineData("Array.prototype.includes = function () { return true; }", "![1].includes(2)")]
    [InlineData("Array.prototype.push = function () { return 0; }", "(function () { var a = []; a.push(1); return a.length === 1; })()")]
    [InlineData("String.prototype.trim = function () { return 'owned'; }", "' a '.trim() === 'a'")]
    [InlineData("JSON.stringify = function () { return 'owned'; }", "JSON.stringify(1) === '1'")]
    [InlineData("Math.max = function () { return 99; }", "Math.max(1, 2) === 2")]
    [InlineData("Object.keys = function () { return []; }", "Object.keys({ a: 1 }).length === 1")]
    [InlineData("Date.prototype.getTime = function () { return 0; }", "new Date(5).getTime() === 5")]
    [InlineData("Object.setPrototypeOf(Object.prototype, { isAdmin: true })", "({}).isAdmin === undefined")]
    [InlineData("getVariable.isAdmin = true; Function.prototype.isAdmin = true", "getVariable.isAdmin === undefined && (function () {}).isAdmin === undefined")]
    public void Evaluate_ChangesToSharedBuiltIns_DoNotReachTheNextScript(string attack, string check)
    {
        try
        {
            _evaluator.Evaluate(attack, _scope);
        }
        catch (ExpressionException)
        {
            // Refusing the change outright is as good as ignoring it; what matters is the next script.
        }

        _evaluator.Evaluate(check, _scope).ShouldBe(true);
    }

    [Fact]
    public void Evaluate_OrdinaryObjectsAfterHardening_StillBehaveAsUsual() =>
        _evaluator.Evaluate(
            "var o = { a: 1 }; o.toString = function () { return 'own'; }; var arr = [3, 1, 2]; arr.sort(); "
            + "class Late extends Error { constructor() { super('late'); this.name = 'Late'; } } "
            + "'' + o + arr.join(',') + new Late().name",
            _scope).ShouldBe("own1,2,3Late");

    private void StillWorks() => _evaluator.Evaluate("getCounter() + 1", _scope).ShouldBe(2.0);
}
