using PcnFlow.Engine.Runtime;

namespace PcnFlow.Engine.Tests.Activities;

/// <summary>Resuming bookmarks: once only, unknown ids, and the journal of who did what when.</summary>
public sealed class BookmarkTests
{
    [Fact]
    public void ResumingTwice_ReportsAlreadyResumed_AndChangesNothing()
    {
        var flow = TwoEvents();
        var state = flow.Start().State;
        var first = state.Bookmarks[0].Id;
        flow.Resume(state, first).Resume.Status.ShouldBe(ResumeStatus.Resumed);
        var before = WorkflowStateSerializer.Serialize(state);

        flow.Time.Advance(TimeSpan.FromHours(1));
        var again = flow.Resume(state, first, actor: "someone-else");

        again.Resume.Status.ShouldBe(ResumeStatus.AlreadyResumed);
        again.Effects.ShouldBeEmpty();
        WorkflowStateSerializer.Serialize(state).ShouldBe(before);
    }

    [Fact]
    public void ResumingTwice_AfterTheInstanceFinished_ReportsAlreadyResumed()
    {
        var flow = Flow.Of([Act.Event("e", "Go"), Act.WriteLine("w", "after")], ["e -> w"]);
        var state = flow.Start().State;
        var id = state.Bookmarks[0].Id;
        flow.Resume(state, id);
        var before = WorkflowStateSerializer.Serialize(state);

        flow.Resume(state, id).Resume.Status.ShouldBe(ResumeStatus.AlreadyResumed);

        state.OutputLog.ShouldBe(["after"]);
        WorkflowStateSerializer.Serialize(state).ShouldBe(before);
    }

    [Fact]
    public void ResumingAnUnknownBookmark_ReportsNotFound_AndChangesNothing()
    {
        var flow = TwoEvents();
        var state = flow.Start().State;
        var before = WorkflowStateSerializer.Serialize(state);

        var result = flow.Resume(state, "no-such-bookmark");

        result.Resume.Status.ShouldBe(ResumeStatus.NotFound);
        WorkflowStateSerializer.Serialize(state).ShouldBe(before);
    }

    [Fact]
    public void BookmarkIds_AreUniqueAndNeverReused()
    {
        var flow = Flow.Of([Act.Start(), Act.Event("e", "Go"), Act.Decision("again", "true")], ["start -> e", "e -> again", "again:True -> e"]);
        var state = flow.Start().State;
        var seen = new HashSet<string>();

        for (var i = 0; i < 5; i++)
        {
            var id = state.Bookmarks.ShouldHaveSingleItem().Id;
            seen.Add(id).ShouldBeTrue();
            flow.Resume(state, id);
        }

        state.ConsumedBookmarks.ShouldBe(seen, ignoreOrder: true);
    }

    [Fact]
    public void Journal_RecordsStartActivitiesBookmarksAndResumes_WithActorAndTime()
    {
        var flow = Flow.Of([Act.Start(), Act.Event("e", "Go"), Act.WriteLine("w", "after")], ["start -> e", "e -> w"]);
        var state = flow.Start(new StartOptions { Actor = "alice" }).State;
        var bookmark = state.Bookmarks[0].Id;

        flow.Time.Advance(TimeSpan.FromHours(2));
        flow.Resume(state, bookmark, actor: "bob");

        var journal = state.Journal;
        journal.Select(e => e.Sequence).ShouldBe(Enumerable.Range(1, journal.Count).Select(i => (long)i));
        journal[0].ShouldBe(new JournalEntry(1, Flow.Epoch, JournalKind.WorkflowStarted, null, null, "alice"));
        journal.ShouldContain(e => e.Kind == JournalKind.ActivityStarted && e.ActivityId == "start" && e.ActivityType == "Elsa.Start" && e.Actor == "alice");
        journal.ShouldContain(e => e.Kind == JournalKind.ActivityCompleted && e.ActivityId == "start" && e.Outcome == "Done");
        var created = journal.Single(e => e.Kind == JournalKind.BookmarkCreated);
        created.ActivityId.ShouldBe("e");
        created.BookmarkId.ShouldBe(bookmark);
        created.At.ShouldBe(Flow.Epoch);
        var resumed = journal.Single(e => e.Kind == JournalKind.BookmarkResumed);
        resumed.ShouldBe(resumed with { ActivityId = "e", BookmarkId = bookmark, Actor = "bob", At = Flow.Epoch.AddHours(2) });
        journal.ShouldContain(e => e.Kind == JournalKind.ActivityCompleted && e.ActivityId == "w" && e.Actor == "bob");
        journal[^1].Kind.ShouldBe(JournalKind.WorkflowFinished);
        journal[^1].At.ShouldBe(Flow.Epoch.AddHours(2));
    }

    [Fact]
    public void Journal_TimerResumes_AreBySystem()
    {
        var flow = Flow.Of([Act.Delay("wait", "00:10:00"), Act.WriteLine("w", "after")], ["wait -> w"]);
        var state = flow.Start(new StartOptions { Actor = "alice" }).State;

        flow.Advance(state, TimeSpan.FromMinutes(10));

        state.Journal.Single(e => e.Kind == JournalKind.BookmarkResumed).Actor.ShouldBe("system");
    }

    [Fact]
    public void Cancel_ClosesEverythingAndLaterResumesAreRefused()
    {
        var flow = TwoEvents();
        var state = flow.Start().State;
        var id = state.Bookmarks[0].Id;

        flow.Engine.Cancel(flow.Blueprint, state, "alice", "No longer needed.");

        state.SubStatus.ShouldBe(WorkflowSubStatus.Cancelled);
        state.Bookmarks.ShouldBeEmpty();
        flow.Resume(state, id).Resume.Status.ShouldBe(ResumeStatus.NotFound);
        state.Journal[^1].ShouldBe(state.Journal[^1] with { Kind = JournalKind.WorkflowCancelled, Actor = "alice", Message = "No longer needed." });
    }

    private static Flow TwoEvents() => Flow.Of(
        [Act.Fork("fork", "a", "b"), Act.Event("ea", "A"), Act.Event("eb", "B"), Act.WriteLine("wa", "a"), Act.WriteLine("wb", "b")],
        ["fork:a -> ea", "fork:b -> eb", "ea -> wa", "eb -> wb"]);
}
