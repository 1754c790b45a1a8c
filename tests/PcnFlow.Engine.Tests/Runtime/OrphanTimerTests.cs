using PcnFlow.Engine.Runtime;
using PcnFlow.Engine.Tests.Activities;

namespace PcnFlow.Engine.Tests.Runtime;

/// <summary>A due timer whose waiting activity is gone (a damaged or hand-edited state) cannot hang the timer loop.</summary>
public sealed class OrphanTimerTests
{
    [Fact]
    public void DueTimerWithoutItsFrame_IsDropped_AndTheInstanceFaultsWithAnIncident()
    {
        var flow = Flow.Of([Act.Delay("wait", "00:05:00"), Act.WriteLine("after", "after")], ["wait -> after"]);
        var state = flow.Start().State;
        var bookmark = state.Bookmarks.Single();
        state.Frames.RemoveAll(f => f.Id == bookmark.FrameId);

        var result = AdvanceWithin(flow, state, TimeSpan.FromMinutes(5), TimeSpan.FromSeconds(10));

        result.Resume.Status.ShouldBe(ResumeStatus.NotFound);
        state.Bookmarks.ShouldBeEmpty();
        state.Status.ShouldBe(WorkflowStatus.Finished);
        state.SubStatus.ShouldBe(WorkflowSubStatus.Faulted);
        state.OutputLog.ShouldBeEmpty();
        var incident = state.Incidents.ShouldHaveSingleItem();
        incident.ActivityId.ShouldBe("wait");
        incident.Message.ShouldContain(bookmark.Id);
        incident.Message.ShouldEndWith(".");
        state.Journal.ShouldContain(e => e.Kind == JournalKind.ActivityFaulted && e.BookmarkId == bookmark.Id);
    }

    [Fact]
    public void TimersDueBeforeAnOrphan_StillRun_ThenTheOrphanFaultsTheInstance()
    {
        var flow = Flow.Of(
            [Act.Fork("fork", "a", "b"), Act.Delay("early", "00:01:00"), Act.WriteLine("after-early", "early"), Act.Event("go", "Go"), Act.Delay("late", "00:05:00")],
            ["fork:a -> early", "early -> after-early", "after-early -> go", "fork:b -> late"]);
        var state = flow.Start().State;
        var late = state.Bookmarks.Single(b => b.ActivityId == "late");
        state.Frames.RemoveAll(f => f.Id == late.FrameId);

        var result = AdvanceWithin(flow, state, TimeSpan.FromMinutes(10), TimeSpan.FromSeconds(10));

        result.Resume.Status.ShouldBe(ResumeStatus.Resumed);
        state.OutputLog.ShouldBe(["early"]);
        state.SubStatus.ShouldBe(WorkflowSubStatus.Faulted);
        state.Bookmarks.ShouldBeEmpty("the event wait closes with the instance");
        state.Incidents.ShouldHaveSingleItem().ActivityId.ShouldBe("late");
    }

    [Fact]
    public void ResumingAnOrphanTaskDirectly_DropsItToo()
    {
        var flow = Flow.Of([Act.Task("plan"), Act.WriteLine("after", "after")], ["plan -> after"]);
        var state = flow.Start().State;
        var task = state.OpenTasks.Single();
        state.Frames.RemoveAll(f => f.Id == task.FrameId);

        var result = flow.Resume(state, task.Id);

        result.Resume.Status.ShouldBe(ResumeStatus.NotFound);
        state.OpenTasks.ShouldBeEmpty();
        state.SubStatus.ShouldBe(WorkflowSubStatus.Faulted);
        var closed = result.Effects.ShouldHaveSingleItem().ShouldBeOfType<TaskClosed>();
        closed.BookmarkId.ShouldBe(task.Id);
        closed.Completed.ShouldBeFalse();
        flow.Resume(state, task.Id).Resume.Status.ShouldBe(ResumeStatus.NotFound);
    }

    // Before the fix the loop never ended, so the test bounds it rather than hang the run.
    private static RunResult AdvanceWithin(Flow flow, WorkflowState state, TimeSpan by, TimeSpan limit)
    {
        var run = Task.Run(() => flow.Advance(state, by));
        run.Wait(limit).ShouldBeTrue("ResumeDueTimers did not return");
        return run.Result;
    }
}
