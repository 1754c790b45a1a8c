using System.Text.Json.Nodes;
using PcnFlow.Engine.Tasks;
using PcnFlow.Persistence.Tasks;

namespace PcnFlow.Server.Tasks;

/// <summary>
/// Everything needed to show and complete one task: its form and outcomes, its instructions (as written, and
/// as sanitised HTML), the conversation and evidence so far, sign-off decisions, and whether the caller may act.
/// </summary>
internal sealed class TaskDetail
{
    public required Guid Id { get; init; }
    public required string InstanceId { get; init; }
    public required string ActivityId { get; init; }
    public required string Kind { get; init; }
    public required string Title { get; init; }
    public string? InstructionsMarkdown { get; init; }
    public required string InstructionsHtml { get; init; }
    public required string OwnerRole { get; init; }
    public Guid? AssigneeUserId { get; init; }
    public string? ProgrammeName { get; init; }
    public Guid? PcnId { get; init; }
    public string? PcnName { get; init; }
    public Guid? IcsId { get; init; }
    public string? Stage { get; init; }
    public bool PersonalPlan { get; init; }
    public DateOnly? DueDate { get; init; }
    public DateTimeOffset? DueAt { get; init; }
    public bool Overdue { get; init; }
    public required TaskState State { get; init; }
    public string? Outcome { get; init; }
    public JsonNode? Data { get; init; }
    public DateTimeOffset OpenedAt { get; init; }
    public string? CompletedBy { get; init; }
    public DateTimeOffset? CompletedAt { get; init; }
    public int Attempt { get; init; }
    public string? ReturnedComment { get; init; }
    public bool Escalated { get; init; }
    public FormSchema? Form { get; init; }
    public required IReadOnlyList<string> Outcomes { get; init; }
    public required IReadOnlyList<TaskReminder> Reminders { get; init; }
    public DateTimeOffset? EscalateAt { get; init; }
    public string? EscalateTo { get; init; }
    public IReadOnlyList<string>? SignsOff { get; init; }
    public IReadOnlyList<string>? Participants { get; init; }
    public IReadOnlyList<string>? Checklist { get; init; }
    public DateOnly? ScheduledDate { get; init; }
    public bool CanAct { get; init; }
    public required IReadOnlyList<TaskCommentView> Comments { get; init; }
    public required IReadOnlyList<EvidenceLinkView> Evidence { get; init; }
    public required IReadOnlyList<SignOffDecisionView> SignOffDecisions { get; init; }
}
