using PcnFlow.Engine.Runtime;

namespace PcnFlow.Engine.Activities;

/// <summary><c>Elsa.Delay</c>: waits for a duration (<c>timeSpan</c>, e.g. <c>00:00:05</c> or <c>P3D</c>).</summary>
public sealed class Delay : TimerActivity
{
    private CompiledInput? _timeSpan;

    /// <inheritdoc />
    protected internal override void Configure(ActivityCompiler compiler) => _timeSpan = DurationInput(compiler, "timeSpan");

    /// <inheritdoc />
    protected override string TimeInput => "timeSpan";

    /// <inheritdoc />
    protected override DateTimeOffset? DueAt(ActivityContext context, DateTimeOffset from) => AfterDuration(context, _timeSpan, from);
}
