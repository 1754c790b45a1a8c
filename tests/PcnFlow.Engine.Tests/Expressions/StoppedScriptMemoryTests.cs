using PcnFlow.Engine.Expressions;

namespace PcnFlow.Engine.Tests.Expressions;

/// <summary>Tests that read the process's managed heap, so they run with no other test running beside them.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HeapMeasuringTests
{
    public const string Name = "Heap-measuring tests";
}

/// <summary>A script stopped by a limit part-way through building something large leaves none of it behind in the evaluator.</summary>
[Collection(HeapMeasuringTests.Name)]
public sealed class StoppedScriptMemoryTests : IDisposable
{
    // Each of these, stopped at the 64 MB limit, used to leave 32 MB or more reachable per run after the first.
    private const long RetainedLimit = 16L * 1024 * 1024;

    private readonly JavaScriptEvaluator _evaluator = new(new ExpressionOptions());
    private readonly FakeScope _scope = new FakeScope().WithVariable("Counter", 1.0);

    public void Dispose() => _evaluator.Dispose();

    [Theory]
    [InlineData("var s = 'x'; while (true) s += s")]
    [InlineData("var a = ['padding-padding']; while (true) a = a.concat(a)")]
    [InlineData("var a = []; for (var i = 0; ; i++) a.push({ i: i, s: 'padding-padding' + i })")]
    public void Evaluate_ScriptStoppedByALimitThreeTimes_KeepsNothingItBuilt(string script)
    {
        _evaluator.Evaluate("getCounter() + 1", _scope);
        var before = GC.GetTotalMemory(forceFullCollection: true);

        for (var i = 0; i < 3; i++)
            Should.Throw<ExpressionException>(() => _evaluator.Evaluate(script, _scope)).Kind.ShouldBeOneOf(ExpressionFailureKind.Memory, ExpressionFailureKind.Timeout);
        var retained = GC.GetTotalMemory(forceFullCollection: true) - before;

        retained.ShouldBeLessThan(RetainedLimit, $"{retained / (1024 * 1024)} MB kept");
        _evaluator.Evaluate("getCounter() + 1", _scope).ShouldBe(2.0);
    }
}
