using PcnFlow.Engine.Calendar;
using PcnFlow.Engine.Expressions;
using PcnFlow.Engine.Runtime;

namespace PcnFlow.Engine.Activities;

/// <summary>
/// Base for activities that wait until a time: they create a timer bookmark (a bookmark with a due time)
/// that the host resumes when the time comes. A time already past completes at once.
/// </summary>
public abstract class TimerActivity : Activity
{
    /// <summary>When the timer falls due, or null to complete without waiting.</summary>
    protected abstract DateTimeOffset? DueAt(ActivityContext context);

    /// <inheritdoc />
    protected internal override void Execute(ActivityContext context)
    {
        var due = DueAt(context);
        if (due == null || due <= context.Now)
            context.Complete();
        else
            context.CreateBookmark(BookmarkKinds.Timer, dueAt: due);
    }

    /// <summary>Compiles a duration input, checking constant values now.</summary>
    protected static CompiledInput? DurationInput(ActivityCompiler compiler, string name)
    {
        var input = compiler.Input(name, "String", required: true);
        if (input is { IsConstant: true } && !IsoDuration.TryParse(LiteralConverter.ToText(input.Constant) ?? "", out _))
            compiler.Problem($"'{compiler.Current.Label}' has the duration '{input.Constant}', which is not a duration. Write it like 00:05:00 or P3D.", name, "bad-duration");
        return input;
    }

    /// <summary>Evaluates a duration input and adds it to now.</summary>
    protected static DateTimeOffset? AfterDuration(ActivityContext context, CompiledInput? input)
    {
        var value = context.Evaluate(input);
        if (value is double seconds)
            return context.Now.AddSeconds(seconds);
        var text = LiteralConverter.ToText(value);
        if (text == null)
            return null;
        return IsoDuration.TryParse(text, out var duration)
            ? duration.AddTo(context.Now)
            : throw new FormatException($"'{text}' is not a duration.");
    }
}
