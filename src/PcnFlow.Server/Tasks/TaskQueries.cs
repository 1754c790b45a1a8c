using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PcnFlow.Persistence;
using PcnFlow.Persistence.Tasks;
using PcnFlow.Server.Auth;
using PcnFlow.Server.Instances;
using PcnFlow.Server.Notifications;

namespace PcnFlow.Server.Tasks;

/// <summary>The read side of the tasks API, always through the caller's scope.</summary>
internal static class TaskQueries
{
    public static async Task<Results<Ok<PagedList<InboxItem>>, ValidationProblem>> InboxAsync(
        int? page, int? pageSize, CurrentUser user, PcnFlowDbContext db, TimeProvider time, CancellationToken ct)
    {
        if (!PageRequest.TryCreate(page, pageSize, out var paging, out var badPage))
            return badPage!;
        var scope = await user.ScopeAsync(ct);
        var now = time.GetUtcNow();
        var ordered = scope.Inbox(db.Tasks.AsNoTracking(), db.Instances.AsNoTracking())
            .OrderBy(t => t.DueAt != null && t.DueAt < now ? 0 : 1)
            .ThenBy(t => t.DueAt == null ? 1 : 0)
            .ThenBy(t => t.DueAt)
            .ThenBy(t => t.OpenedAt)
            .ThenBy(t => t.Id);
        var items = ordered.Select(t => new InboxItem(
            t.Id, t.Title, t.Kind, t.InstanceId, t.ProgrammeName, t.PcnId,
            db.Organisations.Where(o => o.Id == t.PcnId).Select(o => o.Name).FirstOrDefault(),
            t.Stage, t.OwnerRole, t.DueDate, t.DueAt, t.DueAt != null && t.DueAt < now, t.Attempt, t.ReturnedComment != null, t.Escalated, t.OwnerUserId != null));
        return TypedResults.Ok(await items.ToPageAsync(paging, ct));
    }

    public static async Task<Results<Ok<TaskDetail>, ProblemHttpResult>> GetAsync(
        Guid id, CurrentUser user, PcnFlowDbContext db, SafeMarkdown markdown, TimeProvider time, CancellationToken ct)
    {
        var scope = await user.ScopeAsync(ct);
        var task = await VisibleAsync(scope, db, id, ct);
        if (task == null)
            return ApiProblems.NotFound("There is no task with that id.");
        var payload = TaskPayloads.Read(task);
        var pcnName = await db.Organisations.AsNoTracking().Where(o => o.Id == task.PcnId).Select(o => o.Name).FirstOrDefaultAsync(ct);
        var commentRows = await db.TaskComments.AsNoTracking().Where(c => c.TaskId == id).OrderBy(c => c.At).ThenBy(c => c.Id).ToListAsync(ct);
        var evidenceRows = await db.EvidenceLinks.AsNoTracking().Where(e => e.TaskId == id).OrderBy(e => e.At).ThenBy(e => e.Id).ToListAsync(ct);
        var names = await DisplayNames.ForAsync(db, commentRows.Select(c => c.Author).Concat(evidenceRows.Select(e => e.AddedBy)), ct);
        var comments = commentRows.Select(c => new TaskCommentView(c.Id, c.Author, names.GetValueOrDefault(c.Author), c.Text, c.At)).ToList();
        var evidence = evidenceRows.Select(e => new EvidenceLinkView(e.Id, e.Url, e.Title, e.AddedBy, names.GetValueOrDefault(e.AddedBy), e.At)).ToList();
        return TypedResults.Ok(new TaskDetail
        {
            Id = task.Id,
            InstanceId = task.InstanceId,
            ActivityId = task.ActivityId,
            Kind = task.Kind,
            Title = task.Title,
            InstructionsMarkdown = task.Instructions,
            InstructionsHtml = markdown.ToHtml(task.Instructions),
            OwnerRole = task.OwnerRole,
            AssigneeUserId = task.AssigneeUserId,
            ProgrammeName = task.ProgrammeName,
            PcnId = task.PcnId,
            PcnName = pcnName,
            IcsId = task.IcsId,
            Stage = task.Stage,
            PersonalPlan = task.OwnerUserId != null,
            DueDate = task.DueDate,
            DueAt = task.DueAt,
            Overdue = task.State == TaskState.Open && task.DueAt < time.GetUtcNow(),
            State = task.State,
            Outcome = task.Outcome,
            Data = task.DataJson == null ? null : JsonNode.Parse(task.DataJson),
            OpenedAt = task.OpenedAt,
            CompletedBy = task.CompletedBy,
            CompletedAt = task.CompletedAt,
            Attempt = task.Attempt,
            ReturnedComment = task.ReturnedComment,
            Escalated = task.Escalated,
            Form = payload.Form,
            Outcomes = payload.Outcomes,
            Reminders = payload.Reminders,
            EscalateAt = payload.EscalateAt,
            EscalateTo = payload.EscalateTo,
            SignsOff = payload.SignsOff,
            Participants = payload.Participants,
            Checklist = payload.Checklist,
            ScheduledDate = payload.ScheduledDate,
            CanAct = task.State == TaskState.Open && scope.CanAct(task),
            Comments = comments,
            Evidence = evidence,
            SignOffDecisions = await DecisionsAsync(db, task, ct),
        });
    }

    /// <summary>The task if the caller may see it; null otherwise, which the API reports as not found.</summary>
    public static Task<TaskRecord?> VisibleAsync(AccessScope scope, PcnFlowDbContext db, Guid id, CancellationToken ct) =>
        scope.Tasks(db.Tasks.AsNoTracking(), db.Instances.AsNoTracking()).FirstOrDefaultAsync(t => t.Id == id, ct);

    // A sign-off's own decision, and the decisions of sign-offs that covered this task (which say why it came back).
    private static async Task<IReadOnlyList<SignOffDecisionView>> DecisionsAsync(PcnFlowDbContext db, TaskRecord task, CancellationToken ct)
    {
        var decisions = await db.SignOffDecisions.AsNoTracking()
            .Where(d => d.InstanceId == task.InstanceId)
            .Join(db.Tasks, d => d.TaskId, t => t.Id, (d, t) => new { Decision = d, SignOff = t })
            .ToListAsync(ct);
        var relevant = decisions
            .Where(d => d.Decision.TaskId == task.Id || (TaskPayloads.Read(d.SignOff).SignsOff?.Contains(task.ActivityId) ?? false))
            .OrderBy(d => d.Decision.At)
            .ToList();
        var names = await DisplayNames.ForAsync(db, relevant.Select(d => d.Decision.DecidedBy), ct);
        return [.. relevant.Select(d => new SignOffDecisionView(
            d.SignOff.Id, d.SignOff.Title, d.Decision.Decision, d.Decision.Comment, d.Decision.DecidedBy, names.GetValueOrDefault(d.Decision.DecidedBy), d.Decision.At))];
    }
}
