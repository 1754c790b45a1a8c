namespace PcnFlow.Engine.Hosting;

/// <summary>A clock that only moves when told to: the CLI and simulations fast-forward it instead of waiting.</summary>
public sealed class SimulatedClock(DateTimeOffset start) : TimeProvider
{
    /// <summary>The current simulated time.</summary>
    public DateTimeOffset Now { get; private set; } = start;

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => Now;

    /// <summary>Moves the clock forward; it never goes back.</summary>
    public void AdvanceTo(DateTimeOffset moment)
    {
        if (moment > Now)
            Now = moment;
    }
}
