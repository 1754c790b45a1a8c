using PcnFlow.Engine.Expressions;
using PcnFlow.Engine.Runtime;

namespace PcnFlow.Engine.Tasks;

public abstract partial class TaskActivity
{
    /// <inheritdoc />
    protected internal override IReadOnlyList<FieldError> ValidateResume(ActivityContext context, Bookmark bookmark, ResumeInput input)
    {
        if (bookmark.Task == null)
            return [];
        var errors = new List<FieldError>();
        var outcome = input.Outcome ?? bookmark.Task.Outcomes.FirstOrDefault();
        if (bookmark.Task.MatchOutcome(outcome) == null)
            errors.Add(new FieldError("outcome", $"Choose one of: {string.Join(", ", bookmark.Task.Outcomes)}."));
        errors.AddRange(FormValidator.Validate(bookmark.Task.Form, input.Fields));
        errors.AddRange(ValidateDecision(bookmark.Task, outcome, input));
        return errors;
    }

    /// <summary>Extra checks for a kind of task, e.g. a returned sign-off needs a comment.</summary>
    protected virtual IEnumerable<FieldError> ValidateDecision(HumanTaskPayload task, string? outcome, ResumeInput input) => [];

    /// <inheritdoc />
    protected internal override void OnResume(ActivityContext context, Bookmark bookmark, ResumeInput input)
    {
        var task = bookmark.Task!;
        var outcome = task.MatchOutcome(input.Outcome) ?? task.Outcomes[0];
        // The engine hands over its own copy of the fields (see Activity.OnResume), so the result and the output share it.
        var fields = input.Fields ?? [];
        context.State.Tasks[Id] = new TaskSnapshot(outcome, fields, context.Actor, context.Now, input.Comment);
        context.State.ActivityOutputs[Id] = fields;
        OnDecided(context, task, outcome, input);
        context.Complete(outcome);
    }

    /// <summary>Called after the decision is recorded and before the activity completes.</summary>
    protected virtual void OnDecided(ActivityContext context, HumanTaskPayload task, string outcome, ResumeInput input) { }

}
