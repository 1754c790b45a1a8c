using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Jint;
using JintEngine = Jint.Engine;

namespace PcnFlow.Engine.Expressions;

/// <summary>
/// Runs JavaScript expressions the way Elsa 3 does (<c>getVariable('x')</c>, <c>getCounter()</c>, <c>variables.Counter</c>,
/// <c>getInput</c>, <c>getOutputFrom</c>), plus PcnFlow's <c>getTask(id)</c>, <c>context</c> and <c>addDays</c>.
/// Scripts are sandboxed: no .NET access, no <c>eval</c>, and the limits in <see cref="ExpressionOptions"/>.
/// </summary>
/// <remarks>
/// Not thread-safe: keep one evaluator per runner or thread. It reuses one engine and caches parsed scripts, so
/// re-running a script costs microseconds. Global bindings a script leaves behind are removed after it runs, and a
/// failed script never affects the next one. Dates inside scripts are in UTC.
/// </remarks>
public sealed partial class JavaScriptEvaluator : IDisposable
{
    private readonly ExpressionOptions _limits;
    private JintEngine _engine;
    private JsValueConverter _converter;
    private ScriptGlobals _globals;
    private ScriptFailureTranslator _failures;
    private GlobalSnapshot _snapshot;
    private bool _disposed;

    /// <summary>Creates an evaluator with the default <see cref="ExpressionOptions"/>.</summary>
    public JavaScriptEvaluator()
        : this(new ExpressionOptions())
    {
    }

    /// <summary>Creates an evaluator whose scripts run under <paramref name="options"/>.</summary>
    /// <param name="options">The limits; read once, so later changes have no effect on this evaluator.</param>
    /// <exception cref="ArgumentOutOfRangeException">A limit is negative.</exception>
    public JavaScriptEvaluator(ExpressionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _limits = new ExpressionOptions
        {
            Timeout = options.Timeout,
            MemoryLimitBytes = options.MemoryLimitBytes,
            RecursionLimit = options.RecursionLimit,
            MaxStatements = options.MaxStatements,
        };
        BuildEngine();
    }

    /// <summary>Runs <paramref name="script"/> against <paramref name="scope"/> and returns the value of its last statement.</summary>
    /// <param name="script">JavaScript source, such as <c>getCounter() + 1</c>.</param>
    /// <param name="scope">The variables, inputs, outputs, tasks and context the script can see.</param>
    /// <returns>
    /// <c>null</c> (also for <c>undefined</c>), a <see cref="string"/>, <see cref="bool"/>, <see cref="double"/>,
    /// <see cref="DateTimeOffset"/> for a <c>Date</c>, or a <see cref="System.Text.Json.Nodes.JsonObject"/> or
    /// <see cref="System.Text.Json.Nodes.JsonArray"/> for an object or array.
    /// </returns>
    /// <exception cref="ExpressionException">The script has a syntax error, threw, broke a limit or reached for something forbidden.</exception>
    public object? Evaluate(string script, IExpressionScope scope)
    {
        ArgumentNullException.ThrowIfNull(script);
        ArgumentNullException.ThrowIfNull(scope);
        ObjectDisposedException.ThrowIf(_disposed, this);

        var cached = GetOrPrepare(script);
        if (_globals.DefineAccessors(scope))
        {
            _snapshot = _engine.Advanced.CaptureGlobalSnapshot();
        }

        var previous = _globals.Enter(scope);
        var failed = true;
        var stoppedByLimit = false;
        try
        {
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var value = _engine.Evaluate(cached.Script);
            ThrowIfOverMemoryLimit(GC.GetAllocatedBytesForCurrentThread() - allocatedBefore);
            var result = JsValueConverter.ToClr(value);
            failed = false;
            return result;
        }
        // Host scope failures count too: to the workflow they are this expression failing.
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var failure = _failures.Translate(e);
            stoppedByLimit = failure.Kind is ExpressionFailureKind.Memory or ExpressionFailureKind.Timeout or ExpressionFailureKind.Recursion;
            throw failure;
        }
        finally
        {
            _globals.Exit(previous);
            if (stoppedByLimit)
            {
                Rebuild(script);
            }
            else
            {
                // A run stopped part-way leaves frames, and whatever they reference, on Jint's call stack.
                if (failed)
                {
                    _engine.Advanced.ResetCallStack();
                }

                // Restoring costs about a microsecond, so only scripts that may leave globals behind, or stopped part-way, pay for it.
                if (failed || cached.MayWriteGlobals)
                {
                    _engine.Advanced.RestoreGlobalSnapshot(_snapshot);
                }
            }
        }
    }

    [MemberNotNull(nameof(_engine), nameof(_converter), nameof(_globals), nameof(_failures), nameof(_snapshot))]
    private void BuildEngine()
    {
        _engine = new JintEngine(o => Configure(o, _limits));
        _converter = new JsValueConverter(_engine);
        _globals = new ScriptGlobals(_engine, _converter);
        _failures = new ScriptFailureTranslator(_engine, _limits);
        BuiltInHardening.Apply(_engine);
        _snapshot = _engine.Advanced.CaptureGlobalSnapshot();
    }

    // A script stopped by a limit part-way through a loop left what it built reachable from the engine, and a second
    // run of it added as much again (measured: 32 MB more kept per run of `var s = 'x'; while (true) s += s`), which
    // neither resetting the call stack nor restoring the globals released. Such scripts are hostile or broken, so
    // building a new engine (1 to 4 ms measured) and forgetting the parsed script is a small price for keeping nothing.
    private void Rebuild(string script)
    {
        _scripts.Remove(script);
        _engine.Dispose();
        BuildEngine();
    }

    // Jint measures memory before each statement, so the last statement's allocation is never measured by it: a
    // script that is one call, such as 'x'.repeat(1e8), would return 200 MB to become a variable and a database row.
    // The same measure (bytes allocated on this thread) is taken once more here, and such a value is thrown away.
    private void ThrowIfOverMemoryLimit(long allocated)
    {
        if (_limits.MemoryLimitBytes > 0 && allocated > _limits.MemoryLimitBytes)
        {
            throw ExpressionException.OutOfMemory(_limits.MemoryLimitBytes, inner: null);
        }
    }

    /// <summary>Releases the engine.</summary>
    public void Dispose()
    {
        if (!_disposed)
        {
            _disposed = true;
            _scripts.Clear();
            _engine.Dispose();
        }
    }

    private static void Configure(Options options, ExpressionOptions limits)
    {
        // Elsa runs expressions in sloppy mode; UTC and the invariant culture keep results the same on every server.
        options.Strict = false;
        options.Culture = CultureInfo.InvariantCulture;
        options.TimeZone = TimeZoneInfo.Utc;
        options.Interop.Enabled = false;
        options.Host.StringCompilationAllowed = false;
        options.Constraints.StackOverflowGuard = true;
        options.TimeoutInterval(limits.Timeout);
        // A regular expression matches inside one statement, out of the timeout's reach, under Jint's own 10-second
        // limit: /^(a+)+$/.test('a'.repeat(40) + 'b') ran 10 s against a 2-second timeout.
        if (limits.Timeout > TimeSpan.Zero)
        {
            options.Constraints.RegexTimeout = limits.Timeout;
        }
        options.LimitMemory(limits.MemoryLimitBytes);
        options.LimitRecursion(limits.RecursionLimit > 0 ? limits.RecursionLimit : -1);
        options.MaxStatements(limits.MaxStatements);
    }
}
