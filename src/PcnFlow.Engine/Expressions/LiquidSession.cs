using System.Globalization;
using DotLiquid;

namespace PcnFlow.Engine.Expressions;

/// <summary>
/// One DotLiquid render context per thread, reused from render to render. A new context builds its filter table by
/// reflection over every standard filter (about 40 µs, more than most renders), so each thread keeps one for the last
/// renderer it served and clears what a render can leave behind: the model, assigns, registers and errors.
/// The thread's own session lives as long as the thread; only its stopped deadline timer is held meanwhile.
/// </summary>
internal sealed class LiquidSession : IDisposable
{
    [ThreadStatic]
    private static LiquidSession? t_current;

    private readonly LiquidRenderer _owner;
    private readonly TimeSpan _timeout;
    private readonly CancellationTokenSource _deadline = new();
    private readonly Context _context;
    private bool _busy;

    private LiquidSession(LiquidRenderer owner, TimeSpan timeout, int maxIterations)
    {
        _owner = owner;
        _timeout = timeout;
        _context = new Context([], new Hash(), new Hash(), ErrorsOutputMode.Rethrow, maxIterations, CultureInfo.InvariantCulture, _deadline.Token)
        {
            UseRubyDateFormat = true,
        };
        _context.AddFilters(typeof(LiquidMathsFilters));
    }

    /// <summary>This thread's session for <paramref name="owner"/>; a private one when a render is already under way on this thread.</summary>
    public static LiquidSession Acquire(LiquidRenderer owner, TimeSpan timeout, int maxIterations)
    {
        var session = t_current;
        if (session == null || !ReferenceEquals(session._owner, owner))
            session = t_current = new LiquidSession(owner, timeout, maxIterations);
        else if (session._busy)
            session = new LiquidSession(owner, timeout, maxIterations);
        session._busy = true;
        return session;
    }

    /// <summary>The context, emptied of the previous render, showing <paramref name="model"/>, with the deadline started.</summary>
    public Context Begin(Hash model)
    {
        _context.Environments.Clear();
        _context.Environments.Add(model);
        // A render stopped part-way can leave pushed scopes; the outermost scope is last and holds top-level assigns.
        while (_context.Scopes.Count > 1)
            _context.Scopes.RemoveAt(0);
        _context.Scopes[0].Clear();
        _context.Registers.Clear();
        _context.Errors.Clear();
        _context.SyntaxCompatibilityLevel = Template.DefaultSyntaxCompatibilityLevel;
        if (_timeout > TimeSpan.Zero)
            _deadline.CancelAfter(_timeout);
        return _context;
    }

    /// <summary>Stops the deadline; a session whose deadline fired cannot be reset, so the thread gets a new one next time.</summary>
    public void Release()
    {
        _busy = false;
        if (!ReferenceEquals(t_current, this))
        {
            Dispose();
            return;
        }
        if (_deadline.TryReset())
            return;
        t_current = null;
        Dispose();
    }

    public void Dispose() => _deadline.Dispose();
}
