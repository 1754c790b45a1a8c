using System.Text.Json.Nodes;
using PcnFlow.Engine.Calendar;
using PcnFlow.Engine.Expressions;
using PcnFlow.Engine.Runtime;
using PcnFlow.Engine.Scheduling;

namespace PcnFlow.Engine.Tasks;

/// <summary>
/// Base for human work: reads the shared inputs (title, instructions, owner, stage, due date, reminders,
/// escalation, form, outcomes), opens a task bookmark, checks what is submitted and records the result.
/// </summary>
public abstract partial class TaskActivity : Activity
{
    private CompiledInput? _title;
    private CompiledInput? _instructions;
    private CompiledInput? _stage;
    private CompiledInput? _owner;
    private CompiledInput? _due;
    private CompiledInput? _workingDays;
    private IReadOnlyList<string> _reminders = [];
    private string? _escalateAfter;
    private string? _escalateTo;
    private string[] _outcomes = ["Done"];

    /// <summary>The form, when the task has one.</summary>
    public FormSchema? Form { get; private set; }

    /// <summary><see cref="TaskKinds"/> value.</summary>
    protected abstract string Kind { get; }

    /// <summary>The input naming the owning role.</summary>
    protected virtual string OwnerInput => "ownerRole";

    /// <summary>Whether the activity has a due rule of its own (reviews use their scheduled day).</summary>
    protected virtual bool HasDueInput => true;

    /// <inheritdoc />
    public override IReadOnlyList<string> Ports => _outcomes;

    /// <summary>The declared outcomes, e.g. <c>Done</c>, <c>Not applicable</c>.</summary>
    protected void SetOutcomes(IEnumerable<string> outcomes) => _outcomes = [.. outcomes];

    /// <inheritdoc />
    protected internal override void Configure(ActivityCompiler compiler)
    {
        _title = compiler.Input("title", "String", required: true, missingMessage: $"'{Definition.Label}' needs a title.");
        _instructions = compiler.Input("instructions", "String");
        _stage = compiler.Input("stage", "String");
        _owner = compiler.Input(OwnerInput, "String", required: true,
            missingMessage: $"'{Definition.Label}' has no owner: set {OwnerInput} to one of {string.Join(", ", Roles.All)}.");
        if (_owner is { IsConstant: true } && Roles.Normalise(LiteralConverter.ToText(_owner.Constant)) == null)
            compiler.Problem($"'{Definition.Label}' is given to '{_owner.Constant}', which is not a role. Use one of {string.Join(", ", Roles.All)}.", OwnerInput, "unknown-role");
        if (HasDueInput)
            _due = DueInput(compiler, "due", required: false);
        _workingDays = compiler.Input("workingDays", "Boolean");
        _reminders = ReadReminders(compiler);
        ReadEscalation(compiler);
        var form = compiler.Input("form");
        if (form is { IsConstant: false })
            compiler.Problem($"The form of '{Definition.Label}' must be written out, not computed.", "form");
        Form = form == null ? null : FormSchema.Parse(form.Constant as JsonNode, (m, p) => compiler.Problem($"'{Definition.Label}': {m}", p, "bad-form"));
        var outcomes = compiler.Input("outcomes");
        if (outcomes is { IsConstant: true } && Activities.ListValues.Strings(outcomes.Constant) is { Count: > 0 } list)
            _outcomes = [.. list];
    }

    /// <summary>Compiles a due-rule input and checks a constant rule.</summary>
    protected static CompiledInput? DueInput(ActivityCompiler compiler, string name, bool required)
    {
        var input = compiler.Input(name, "String", required);
        if (input is { IsConstant: true } && !DueDates.IsValidRule(LiteralConverter.ToText(input.Constant), out var message))
            compiler.Problem($"'{compiler.Current.Label}': {message}", name, "bad-duration");
        return input;
    }

    private IReadOnlyList<string> ReadReminders(ActivityCompiler compiler)
    {
        var input = compiler.Input("reminders");
        if (input == null)
            return [];
        var list = Activities.ListValues.Strings(input.Constant);
        for (var i = 0; i < list.Count; i++)
        {
            if (!IsoDuration.TryParse(list[i], out _))
                compiler.Problem($"'{Definition.Label}' has the reminder '{list[i]}', which is not a duration. Write it like -P3D (3 days before) or P0D (on the day).", $"reminders.expression.value[{i}]", "bad-duration");
        }
        return list;
    }

    private void ReadEscalation(ActivityCompiler compiler)
    {
        if (compiler.Input("escalation")?.Constant is not JsonObject escalation)
            return;
        _escalateAfter = LiteralConverter.ToText(LiteralConverter.FromJson(escalation["after"]));
        _escalateTo = Roles.Normalise(LiteralConverter.ToText(LiteralConverter.FromJson(escalation["to"])));
        if (_escalateAfter == null || !IsoDuration.TryParse(_escalateAfter, out _))
            compiler.Problem($"'{Definition.Label}' escalates after '{_escalateAfter}', which is not a duration. Write it like P5D.", "escalation.expression.value.after", "bad-duration");
        if (_escalateTo == null)
            compiler.Problem($"'{Definition.Label}' escalates to '{escalation["to"]}', which is not a role. Use one of {string.Join(", ", Roles.All)}.", "escalation.expression.value.to", "unknown-role");
    }

    /// <summary>Whether due dates count England and Wales working days (the <c>workingDays</c> input).</summary>
    protected bool CountsWorkingDays(ActivityContext context) => LiteralConverter.ToBoolean(context.Evaluate(_workingDays));

    /// <summary>Builds the payload and opens the task, with <paramref name="dueRule"/> overriding the due input.</summary>
    protected Bookmark Open(ActivityContext context, object? dueRule = null, Action<HumanTaskPayload>? customise = null)
    {
        // Only a sign-off's return makes the next opening a redo; opening afresh (next year, another loop) starts over.
        var returned = context.State.ReturnedComments.Remove(Id, out var comment);
        var attempts = context.State.TaskAttempts;
        attempts[Id] = returned ? Math.Max(attempts.GetValueOrDefault(Id), 1) + 1 : 1;
        var working = CountsWorkingDays(context);
        var task = new HumanTaskPayload
        {
            Kind = Kind,
            Title = context.EvaluateText(_title) ?? Definition.Label,
            Instructions = context.EvaluateText(_instructions),
            OwnerRole = Roles.Normalise(context.EvaluateText(_owner)) ?? context.EvaluateText(_owner) ?? Roles.ClinicalDirector,
            Stage = context.EvaluateText(_stage),
            OpenedAt = context.Now,
            Form = Form,
            Outcomes = [.. _outcomes],
            Attempt = attempts[Id],
            WorkingDays = working,
        };
        if (returned)
            task.ReturnedComment = comment;
        customise?.Invoke(task);
        var rule = dueRule ?? context.Evaluate(_due);
        var due = DueDates.Resolve(rule, context.State.Day0, UkTime.Today(context.Now), working);
        TaskSchedule.Apply(task, due, _reminders, _escalateAfter, _escalateTo);
        return context.CreateBookmark(BookmarkKinds.HumanTask, dueAt: null, task: task);
    }
}
