using PcnFlow.Engine.Runtime;

namespace PcnFlow.Engine.Tests.Properties;

/// <summary>What must hold of an instance's state after every start and resume, whatever the definition.</summary>
internal static class StateInvariants
{
    public static void Check(WorkflowState state)
    {
        for (var i = 0; i < state.Journal.Count; i++)
        {
            state.Journal[i].Sequence.ShouldBe(i + 1, "journal sequence numbers run 1, 2, 3...");
            if (i > 0)
                state.Journal[i].At.ShouldBeGreaterThanOrEqualTo(state.Journal[i - 1].At, "the journal is in time order");
        }
        state.Frames.Select(f => f.Id).ShouldBeUnique("frame ids are unique");
        state.Bookmarks.Select(b => b.Id).ShouldBeUnique("bookmark ids are unique");
        state.Bookmarks.ShouldNotContain(b => state.ConsumedBookmarks.Contains(b.Id), "a resumed bookmark is never active again");
        if (state.Status == WorkflowStatus.Finished)
        {
            state.Frames.ShouldBeEmpty("a finished instance has no live activities");
            state.Bookmarks.ShouldBeEmpty("a finished instance waits on nothing");
            state.FinishedAt.ShouldNotBeNull();
            state.SubStatus.ShouldBeOneOf(WorkflowSubStatus.Finished, WorkflowSubStatus.Faulted);
            state.Journal[^1].Kind.ShouldBeOneOf(JournalKind.WorkflowFinished, JournalKind.WorkflowFaulted);
            return;
        }
        state.SubStatus.ShouldBe(WorkflowSubStatus.Suspended, "a running instance between runs is suspended");
        state.Bookmarks.ShouldNotBeEmpty("a suspended instance waits on something, or it could never finish");
        state.Incidents.ShouldBeEmpty("only a faulted instance has incidents");
        foreach (var bookmark in state.Bookmarks)
        {
            var frame = state.FindFrame(bookmark.FrameId);
            frame.ShouldNotBeNull($"bookmark {bookmark.Id} of {bookmark.ActivityId} has a live frame");
            frame.ActivityId.ShouldBe(bookmark.ActivityId);
            frame.Status.ShouldBe(FrameStatus.Suspended, $"the frame behind bookmark {bookmark.Id} is suspended");
            if (bookmark.Task is { } task)
            {
                task.Attempt.ShouldBeGreaterThanOrEqualTo(1);
                task.Outcomes.ShouldNotBeEmpty();
            }
        }
        foreach (var frame in state.Frames)
        {
            if (frame.ParentId != null)
                state.FindFrame(frame.ParentId).ShouldNotBeNull($"frame {frame.Id} of {frame.ActivityId} has a live parent");
            frame.Status.ShouldNotBe(FrameStatus.Scheduled, $"nothing is left scheduled between runs ({frame.ActivityId})");
        }
        state.Frames.Count(f => f.ParentId == null).ShouldBe(1, "one root frame");
    }
}
