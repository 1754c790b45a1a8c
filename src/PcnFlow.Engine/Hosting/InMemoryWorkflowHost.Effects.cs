using PcnFlow.Engine.Expressions;
using PcnFlow.Engine.Runtime;

namespace PcnFlow.Engine.Hosting;

public sealed partial class InMemoryWorkflowHost
{
    private void Apply(WorkflowState state, IReadOnlyList<WorkflowEffect> effects)
    {
        foreach (var effect in effects)
        {
            switch (effect)
            {
                case TaskOpened opened:
                    Record(Clock.Now, "TaskOpened", state, opened.Bookmark.ActivityId, opened.Bookmark.Task!.Title, opened.Bookmark.Task.OwnerRole, opened.Bookmark.Task);
                    break;
                case TaskClosed { Completed: true } closed:
                    Record(Clock.Now, "TaskCompleted", state, closed.ActivityId, closed.Outcome ?? "", null);
                    break;
                case NotificationRequested notification:
                    Record(Clock.Now, "Notification", state, notification.ActivityId, notification.Subject, string.Join(",", notification.To));
                    break;
                case ChildWorkflowRequested child:
                    Enqueue(() => StartChild(state, child));
                    break;
                case EventPublished published:
                    Enqueue(() => Deliver(published, state.InstanceId));
                    break;
            }
        }
        if (state.Status == WorkflowStatus.Finished && Events.FindLast(e => e.InstanceId == state.InstanceId)?.Kind != "InstanceFinished")
        {
            Record(Clock.Now, "InstanceFinished", state, null, state.SubStatus.ToString(), null);
            if (_waitingParents.Remove(state.InstanceId, out var parent))
                Enqueue(() => ResumeNow(parent.ParentId, parent.BookmarkId, new ResumeInput { Payload = WorkflowOutput.ToJson(state) }, "system"));
        }
    }

    private void StartChild(WorkflowState parent, ChildWorkflowRequested child)
    {
        if (!_blueprints.TryGetValue(child.DefinitionId, out var blueprint))
        {
            var message = $"The child workflow '{child.DefinitionId}' is not loaded; pass its file with --include.";
            parent.Incidents.Add(new Incident(child.ActivityId, null, message, Clock.Now));
            Record(Clock.Now, "ChildMissing", parent, child.ActivityId, message, null);
            return;
        }
        if (child.WaitBookmarkId != null)
            _waitingParents[child.ChildInstanceId] = (parent.InstanceId, child.WaitBookmarkId);
        Record(Clock.Now, "ChildStarted", parent, child.ActivityId, child.DefinitionId, null);
        var result = Engine.Start(blueprint, new StartOptions
        {
            InstanceId = child.ChildInstanceId,
            Input = child.Input,
            CorrelationId = child.CorrelationId,
            ParentInstanceId = parent.InstanceId,
            PcnName = LiteralConverter.ToText(child.Input.GetValueOrDefault("pcnName")) ?? parent.PcnName,
        });
        Instances[result.State.InstanceId] = result.State;
        _instanceBlueprints[result.State.InstanceId] = blueprint;
        Apply(result.State, result.Effects);
    }

    private void Deliver(EventPublished published, string? sourceInstanceId)
    {
        foreach (var state in Instances.Values.ToList())
        {
            if (published.LocalOnly && state.InstanceId != sourceInstanceId)
                continue;
            if (published.CorrelationId != null && state.CorrelationId != published.CorrelationId)
                continue;
            foreach (var bookmark in state.Bookmarks.Where(b => b.Kind == BookmarkKinds.Event && b.Key == published.Name).ToList())
                ResumeNow(state.InstanceId, bookmark.Id, new ResumeInput { Payload = published.Payload }, "system");
        }
    }
}
