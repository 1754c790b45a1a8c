namespace PcnFlow.Engine.Expressions;

/// <summary>
/// The limits every expression runs under. A script that breaks one is stopped and reported as an
/// <see cref="ExpressionException"/>; the evaluator stays usable for the next script.
/// </summary>
/// <remarks>Each limit applies to one evaluation at a time, never to the evaluator's lifetime.</remarks>
public sealed class ExpressionOptions
{
    /// <summary>Gets or sets how long one evaluation may run (a Liquid render too).</summary>
    /// <value>Defaults to 2 seconds. <see cref="TimeSpan.Zero"/> removes the limit.</value>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Gets or sets how many bytes one JavaScript evaluation may allocate.</summary>
    /// <value>Defaults to 64 MB (67,108,864 bytes). Zero removes the limit.</value>
    public long MemoryLimitBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>Gets or sets how many times one function may appear on the JavaScript call stack.</summary>
    /// <value>Defaults to 200. Zero removes the limit, though a guard against native stack overflow always stays on.</value>
    public int RecursionLimit { get; set; } = 200;

    /// <summary>
    /// Gets or sets how many JavaScript statements one evaluation may run, and how many loop iterations one Liquid
    /// render may run. It stops runaway loops sooner than <see cref="Timeout"/> and does not depend on machine speed.
    /// </summary>
    /// <value>Defaults to 1,000,000. Zero removes the limit.</value>
    public int MaxStatements { get; set; } = 1_000_000;

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Timeout, TimeSpan.Zero, nameof(Timeout));
        ArgumentOutOfRangeException.ThrowIfNegative(MemoryLimitBytes, nameof(MemoryLimitBytes));
        ArgumentOutOfRangeException.ThrowIfNegative(RecursionLimit, nameof(RecursionLimit));
        ArgumentOutOfRangeException.ThrowIfNegative(MaxStatements, nameof(MaxStatements));
    }
}
