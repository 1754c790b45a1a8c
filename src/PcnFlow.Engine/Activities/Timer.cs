using PcnFlow.Engine.Runtime;

namespace PcnFlow.Engine.Activities;

/// <summary><c>Elsa.Timer</c>: inside a flowchart, waits one <c>interval</c> and continues.</summary>
public sealed class Timer : TimerActivity
{
    private CompiledInput? _interval;

    /// <inheritdoc />
    protected internal override void Configure(ActivityCompiler compiler) => _interval = DurationInput(compiler, "interval");

    /// <inheritdoc />
    protected override string TimeInput => "interval";

    /// <inheritdoc />
    protected override DateTimeOffset? DueAt(ActivityContext context, DateTimeOffset from) => AfterDuration(context, _interval, from);
}
