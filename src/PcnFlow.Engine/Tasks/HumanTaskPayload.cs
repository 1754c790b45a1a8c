namespace PcnFlow.Engine.Tasks;

/// <summary>
/// Everything a host needs to show and chase an open task: who owns it, when it is due, when to remind
/// and escalate, and what to ask for. Stored on the task's bookmark.
/// </summary>
public sealed class HumanTaskPayload
{
    /// <summary><c>Task</c>, <c>SignOff</c> or <c>Review</c>.</summary>
    public required string Kind { get; set; }

    /// <summary>The task title.</summary>
    public required string Title { get; set; }

    /// <summary>Markdown instructions.</summary>
    public string? Instructions { get; set; }

    /// <summary>The role that owns the task (the approver for a sign-off).</summary>
    public required string OwnerRole { get; set; }

    /// <summary>The stage label, e.g. <c>Step 3: What help is required?</c>.</summary>
    public string? Stage { get; set; }

    /// <summary>When the task opened.</summary>
    public DateTimeOffset OpenedAt { get; set; }

    /// <summary>The due date, when the task has one.</summary>
    public DateOnly? DueDate { get; set; }

    /// <summary>The moment the task becomes overdue: the end of its due date in Europe/London.</summary>
    public DateTimeOffset? DueAt { get; set; }

    /// <summary>Reminders, each sent once while the task is open.</summary>
    public List<TaskReminder> Reminders { get; set; } = [];

    /// <summary>When to escalate if the task is still open.</summary>
    public DateTimeOffset? EscalateAt { get; set; }

    /// <summary>The role to escalate to.</summary>
    public string? EscalateTo { get; set; }

    /// <summary>The form to fill in.</summary>
    public FormSchema? Form { get; set; }

    /// <summary>The outcomes the owner can choose; the first is the default.</summary>
    public List<string> Outcomes { get; set; } = [];

    /// <summary>For sign-offs: the tasks being signed off.</summary>
    public List<string>? SignsOff { get; set; }

    /// <summary>For reviews: the roles taking part.</summary>
    public List<string>? Participants { get; set; }

    /// <summary>For reviews: the checklist.</summary>
    public List<string>? Checklist { get; set; }

    /// <summary>For reviews: the review date.</summary>
    public DateOnly? ScheduledDate { get; set; }

    /// <summary>
    /// Which attempt this is, from 1. It goes up each time a sign-off returns the task and it reopens to be
    /// redone, and is back to 1 whenever the task opens afresh (a new programme year, another pass of a loop).
    /// </summary>
    public int Attempt { get; set; } = 1;

    /// <summary>The comment of the sign-off that returned this task, when it is being redone.</summary>
    public string? ReturnedComment { get; set; }

    /// <summary>Whether due dates count England and Wales working days.</summary>
    public bool WorkingDays { get; set; }

    /// <summary>The declared outcome matching <paramref name="name"/> ignoring case, in its declared spelling; null when none does.</summary>
    internal string? MatchOutcome(string? name)
    {
        foreach (var outcome in Outcomes)
        {
            if (string.Equals(outcome, name, StringComparison.OrdinalIgnoreCase))
                return outcome;
        }
        return null;
    }
}
