using Cronos;
using PcnFlow.Engine.Expressions;
using PcnFlow.Engine.Runtime;

namespace PcnFlow.Engine.Activities;

/// <summary><c>Elsa.Cron</c>: inside a flowchart, waits until the next occurrence of a cron expression (Europe/London).</summary>
public sealed class Cron : TimerActivity
{
    private CompiledInput? _expression;

    /// <inheritdoc />
    protected internal override void Configure(ActivityCompiler compiler)
    {
        _expression = compiler.Input("cronExpression", "String", required: true);
        if (_expression is { IsConstant: true } && TryParse(LiteralConverter.ToText(_expression.Constant)) == null)
            compiler.Problem($"'{Definition.Label}' has the cron expression '{_expression.Constant}', which is not valid.", "cronExpression", "bad-duration");
    }

    /// <inheritdoc />
    protected override string TimeInput => "cronExpression";

    /// <inheritdoc />
    protected override DateTimeOffset? DueAt(ActivityContext context, DateTimeOffset from)
    {
        var text = context.EvaluateText(_expression);
        var cron = TryParse(text) ?? throw new FormatException($"'{text}' is not a valid cron expression.");
        return cron.GetNextOccurrence(from, Calendar.UkTime.London);
    }

    private static CronExpression? TryParse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var format = text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard;
        return CronExpression.TryParse(text, format, out var cron) ? cron : null;
    }
}
