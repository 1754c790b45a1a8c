using Microsoft.AspNetCore.Http.HttpResults;
using PcnFlow.Persistence;
using PcnFlow.Persistence.Tasks;
using PcnFlow.Server.Auth;
using PcnFlow.Server.Instances;

namespace PcnFlow.Server.Tasks;

/// <summary>Comments and evidence links: anyone who can see a task can add to its conversation.</summary>
internal static class TaskCollaboration
{
    private const int MaxCommentLength = 10_000;
    private const int MaxUrlLength = 2000;
    private const int MaxTitleLength = 300;

    public static async Task<Results<Created<TaskCommentView>, ValidationProblem, ProblemHttpResult>> CommentAsync(
        Guid id, AddCommentRequest request, CurrentUser user, PcnFlowDbContext db, TimeProvider time, CancellationToken ct)
    {
        var text = request.Text?.Trim();
        if (string.IsNullOrEmpty(text))
            return ApiProblems.Invalid("text", "Write a comment.");
        if (text.Length > MaxCommentLength)
            return ApiProblems.Invalid("text", $"Keep a comment under {MaxCommentLength:N0} characters.");
        var scope = await user.ScopeAsync(ct);
        if (await TaskQueries.VisibleAsync(scope, db, id, ct) == null)
            return ApiProblems.NotFound("There is no task with that id.");
        var comment = new TaskComment { TaskId = id, Author = scope.UserName, Text = text, At = time.GetUtcNow() };
        db.TaskComments.Add(comment);
        await db.SaveChangesAsync(ct);
        var names = await DisplayNames.ForAsync(db, [comment.Author], ct);
        return TypedResults.Created($"/api/tasks/{id}", new TaskCommentView(comment.Id, comment.Author, names.GetValueOrDefault(comment.Author), comment.Text, comment.At));
    }

    public static async Task<Results<Created<EvidenceLinkView>, ValidationProblem, ProblemHttpResult>> AddEvidenceAsync(
        Guid id, AddEvidenceRequest request, CurrentUser user, PcnFlowDbContext db, TimeProvider time, CancellationToken ct)
    {
        var url = request.Url?.Trim();
        if (string.IsNullOrEmpty(url) || url.Length > MaxUrlLength || !Uri.TryCreate(url, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            return ApiProblems.Invalid("url", "Give the full web address of the evidence, starting https://.");
        var title = string.IsNullOrWhiteSpace(request.Title) ? null : request.Title.Trim();
        if (title?.Length > MaxTitleLength)
            return ApiProblems.Invalid("title", $"Keep the title under {MaxTitleLength} characters.");
        var scope = await user.ScopeAsync(ct);
        var task = await TaskQueries.VisibleAsync(scope, db, id, ct);
        if (task == null)
            return ApiProblems.NotFound("There is no task with that id.");
        // Evidence for closed work would change what a sign-off saw after the fact; comment instead.
        if (task.State != TaskState.Open)
            return ApiProblems.Conflict($"'{task.Title}' is closed, so evidence can no longer be added to it.");
        var link = new EvidenceLink { TaskId = id, Url = uri.AbsoluteUri, Title = title, AddedBy = scope.UserName, At = time.GetUtcNow() };
        db.EvidenceLinks.Add(link);
        await db.SaveChangesAsync(ct);
        var names = await DisplayNames.ForAsync(db, [link.AddedBy], ct);
        return TypedResults.Created($"/api/tasks/{id}", new EvidenceLinkView(link.Id, link.Url, link.Title, link.AddedBy, names.GetValueOrDefault(link.AddedBy), link.At));
    }
}
