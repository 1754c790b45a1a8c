using PcnFlow.Engine.Calendar;
using PcnFlow.Engine.Definitions;
using PcnFlow.Engine.Expressions;
using PcnFlow.Engine.Runtime;

namespace PcnFlow.Engine.Activities;

/// <summary>
/// Base for activities that wait until a time: they create a timer bookmark (a bookmark with a due time)
/// that the host resumes when the time comes. A time already past completes at once.
/// </summary>
public abstract class TimerActivity : Activity
{
    /// <summary>The input that says when the timer falls due.</summary>
    protected abstract string TimeInput { get; }

    /// <summary>When the timer falls due if it starts waiting at <paramref name="from"/>, or null to complete without waiting.</summary>
    protected abstract DateTimeOffset? DueAt(ActivityContext context, DateTimeOffset from);

    /// <summary>Whether <paramref name="other"/> writes its time the same way as this activity.</summary>
    internal bool WaitsLike(TimerActivity other) => InputValue.SameAs(Definition.Input(TimeInput), other.Definition.Input(TimeInput));

    /// <summary>
    /// When a wait this activity's earlier version began falls due under this version: counted from when the wait
    /// began, as it was first counted, so only the rule changes (a delay of P3D made P5D ends two days later).
    /// </summary>
    internal DateTimeOffset? DueAtForWait(ActivityContext context, Bookmark waiting) => DueAt(context, waiting.CreatedAt);

    /// <inheritdoc />
    protected internal override void Execute(ActivityContext context)
    {
        var due = DueAt(context, context.Now);
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

    /// <summary>Evaluates a duration input and adds it to <paramref name="from"/>.</summary>
    protected static DateTimeOffset? AfterDuration(ActivityContext context, CompiledInput? input, DateTimeOffset from)
    {
        var value = context.Evaluate(input);
        if (value is double seconds)
            return from.AddSeconds(seconds);
        var text = LiteralConverter.ToText(value);
        if (text == null)
            return null;
        return IsoDuration.TryParse(text, out var duration)
            ? duration.AddTo(from)
            : throw new FormatException($"'{text}' is not a duration.");
    }
}
