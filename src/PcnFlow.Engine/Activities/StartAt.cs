using PcnFlow.Engine.Expressions;
using PcnFlow.Engine.Runtime;

namespace PcnFlow.Engine.Activities;

/// <summary><c>Elsa.StartAt</c>: waits until a moment (<c>dateTime</c>).</summary>
public sealed class StartAt : TimerActivity
{
    private CompiledInput? _dateTime;

    /// <inheritdoc />
    protected internal override void Configure(ActivityCompiler compiler)
    {
        _dateTime = compiler.Input("dateTime", "DateTimeOffset", required: true);
        if (_dateTime is { IsConstant: true } && LiteralConverter.ToDateTime(_dateTime.Constant) == null)
            compiler.Problem($"'{Definition.Label}' has the time '{_dateTime.Constant}', which is not a date and time.", "dateTime", "bad-duration");
    }

    /// <inheritdoc />
    protected override string TimeInput => "dateTime";

    /// <inheritdoc />
    protected override DateTimeOffset? DueAt(ActivityContext context, DateTimeOffset from) =>
        LiteralConverter.ToDateTime(context.Evaluate(_dateTime)) ?? throw new FormatException("The start time is not a date and time.");
}
