using PcnFlow.Engine.Calendar;
using PcnFlow.Engine.Expressions;
using PcnFlow.Engine.Runtime;
using PcnFlow.Engine.Scheduling;

namespace PcnFlow.Engine.Tasks;

/// <summary>
/// <c>PcnFlow.Review</c>: a checkpoint on a programme day. It waits (a timer bookmark) until
/// <c>opensBefore</c> ahead of the review date, then opens as a task due on that date, with the
/// participants and checklist attached.
/// </summary>
public sealed class Review : TaskActivity
{
    private CompiledInput? _scheduledDay;
    private string _opensBefore = "P7D";
    private List<string> _participants = [];
    private List<string> _checklist = [];

    /// <inheritdoc />
    protected override string Kind => TaskKinds.Review;

    /// <inheritdoc />
    protected override bool HasDueInput => false;

    /// <inheritdoc />
    protected internal override void Configure(ActivityCompiler compiler)
    {
        base.Configure(compiler);
        _scheduledDay = DueInput(compiler, "scheduledDay", required: true);
        var opensBefore = compiler.Input("opensBefore", "String");
        if (opensBefore is { IsConstant: true })
        {
            _opensBefore = LiteralConverter.ToText(opensBefore.Constant) ?? _opensBefore;
            if (!IsoDuration.TryParse(_opensBefore, out _))
                compiler.Problem($"'{Definition.Label}' opens '{_opensBefore}' before the review, which is not a duration. Write it like P7D.", "opensBefore", "bad-duration");
        }
        _participants = [.. Activities.ListValues.Strings(compiler.Input("participants")?.Constant)];
        _checklist = [.. Activities.ListValues.Strings(compiler.Input("checklist")?.Constant)];
    }

    /// <inheritdoc />
    protected internal override void Execute(ActivityContext context)
    {
        var date = ScheduledDate(context);
        var opensAt = OpensAt(date);
        if (opensAt > context.Now)
            context.CreateBookmark(BookmarkKinds.Timer, dueAt: opensAt);
        else
            OpenReview(context, date);
    }

    /// <summary>When a review that has not opened yet opens under this version's date and lead time.</summary>
    internal DateTimeOffset OpensAt(ActivityContext context) => OpensAt(ScheduledDate(context));

    private DateTimeOffset OpensAt(DateOnly date)
    {
        var lead = IsoDuration.Parse(_opensBefore);
        return UkTime.AtLocalTime(date.AddYears(-lead.Years).AddMonths(-lead.Months).AddDays(-lead.Days), TaskSchedule.SendTime);
    }

    /// <inheritdoc />
    protected internal override void OnResume(ActivityContext context, Bookmark bookmark, ResumeInput input)
    {
        if (bookmark.Kind == BookmarkKinds.Timer)
            OpenReview(context, ScheduledDate(context));
        else
            base.OnResume(context, bookmark, input);
    }

    /// <inheritdoc />
    internal override HumanTaskPayload Reschedule(ActivityContext context, HumanTaskPayload current)
    {
        var date = ScheduledDate(context);
        var task = Rescheduled(context, current, date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        task.ScheduledDate = date;
        return task;
    }

    private DateOnly ScheduledDate(ActivityContext context) =>
        DueDates.Resolve(context.Evaluate(_scheduledDay), context.State.Day0, UkTime.Today(context.Frame.StartedAt), CountsWorkingDays(context))
            ?? throw new FormatException("The review has no date.");

    private void OpenReview(ActivityContext context, DateOnly date) =>
        Open(context, dueRule: date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), customise: t =>
        {
            t.ScheduledDate = date;
            t.Participants = [.. _participants];
            t.Checklist = [.. _checklist];
        });
}
