using PcnFlow.Engine.Runtime;

namespace PcnFlow.Engine.Tests.Properties;

/// <summary>
/// What a host's inbox would show, kept only from the engine's effects. It must always match the open task
/// bookmarks, or a host would show tasks that cannot be done or miss ones that can.
/// </summary>
internal sealed class TaskInbox
{
    private readonly Dictionary<string, string> _open = [];

    public void Apply(IEnumerable<WorkflowEffect> effects)
    {
        foreach (var effect in effects)
        {
            switch (effect)
            {
                case TaskOpened opened:
                    _open.TryAdd(opened.Bookmark.Id, opened.Bookmark.ActivityId).ShouldBeTrue($"task {opened.Bookmark.Id} opened twice");
                    var task = opened.Bookmark.Task!;
                    // Attempt counts redos after a sign-off return; a task opening for any other reason is a first attempt.
                    if (task.ReturnedComment == null)
                        task.Attempt.ShouldBe(1, $"{opened.Bookmark.ActivityId} opened without being returned");
                    else
                        task.Attempt.ShouldBeGreaterThan(1, $"{opened.Bookmark.ActivityId} reopened after a return");
                    break;
                case TaskClosed closed:
                    _open.Remove(closed.BookmarkId).ShouldBeTrue($"task {closed.BookmarkId} of {closed.ActivityId} closed but was not open");
                    break;
            }
        }
    }

    public void ShouldMatch(WorkflowState state) =>
        _open.Keys.Order(StringComparer.Ordinal).ShouldBe(state.OpenTasks.Select(b => b.Id).Order(StringComparer.Ordinal), "the inbox built from effects matches the open tasks");
}
