using PcnFlow.Engine.Runtime;

namespace PcnFlow.Engine.Tests.Activities;

/// <summary>Delay, Timer, StartAt and Cron: timer bookmarks the host resumes when they fall due.</summary>
public sealed class TimerActivityTests
{
    [Theory]
    [InlineData("00:05:00", 0, 0, 5)]
    [InlineData("1.02:00:00", 1, 2, 0)]
    [InlineData("P3D", 3, 0, 0)]
    [InlineData("PT90M", 0, 1, 30)]
    public void Delay_CreatesATimerBookmarkDueAfterTheDuration(string timeSpan, int days, int hours, int minutes)
    {
        var state = Waiting(Act.Delay("wait", timeSpan)).Start().State;

        var bookmark = state.Bookmarks.ShouldHaveSingleItem();
        bookmark.Kind.ShouldBe(BookmarkKinds.Timer);
        bookmark.ActivityId.ShouldBe("wait");
        bookmark.DueAt.ShouldBe(Flow.Epoch + new TimeSpan(days, hours, minutes, 0));
        state.NextTimerDue.ShouldBe(bookmark.DueAt);
        state.SubStatus.ShouldBe(WorkflowSubStatus.Suspended);
    }

    [Fact]
    public void Delay_IsNotResumedBeforeItIsDue()
    {
        var flow = Waiting(Act.Delay("wait", "00:05:00"));
        var state = flow.Start().State;

        var early = flow.Advance(state, TimeSpan.FromMinutes(4) + TimeSpan.FromSeconds(59));

        early.Resume.Status.ShouldBe(ResumeStatus.NotFound);
        state.OutputLog.ShouldBe(["before"]);
        state.Bookmarks.ShouldHaveSingleItem();
    }

    [Fact]
    public void Delay_ResumeDueTimersOnceDue_Continues()
    {
        var flow = Waiting(Act.Delay("wait", "00:05:00"));
        var state = flow.Start().State;

        var due = flow.Advance(state, TimeSpan.FromMinutes(5));

        due.Resume.Status.ShouldBe(ResumeStatus.Resumed);
        state.OutputLog.ShouldBe(["before", "after"]);
        state.SubStatus.ShouldBe(WorkflowSubStatus.Finished);
        state.Journal.ShouldContain(e => e.Kind == JournalKind.BookmarkResumed && e.ActivityId == "wait" && e.At == Flow.Epoch.AddMinutes(5));
    }

    [Fact]
    public void Delay_StateSavedAndReloadedWhileWaiting_StillResumes()
    {
        var flow = Waiting(Act.Delay("wait", "P1D"));
        var saved = WorkflowStateSerializer.Serialize(flow.Start().State);

        var state = WorkflowStateSerializer.Deserialize(saved);
        flow.Advance(state, TimeSpan.FromDays(1));

        state.OutputLog.ShouldBe(["before", "after"]);
    }

    [Fact]
    public void Timer_WaitsOneInterval()
    {
        var flow = Waiting(Act.Of("timer", "Elsa.Timer", ("interval", In.Lit("01:00:00"))));
        var state = flow.Start().State;

        state.Bookmarks.ShouldHaveSingleItem().DueAt.ShouldBe(Flow.Epoch.AddHours(1));
        flow.Advance(state, TimeSpan.FromHours(1));

        state.OutputLog.ShouldBe(["before", "after"]);
    }

    [Fact]
    public void StartAt_WaitsUntilTheMoment()
    {
        var flow = Waiting(Act.Of("at", "Elsa.StartAt", ("dateTime", In.Lit("2025-01-10T09:30:00+00:00", "DateTimeOffset"))));
        var state = flow.Start().State;

        state.Bookmarks.ShouldHaveSingleItem().DueAt.ShouldBe(new DateTimeOffset(2025, 1, 10, 9, 30, 0, TimeSpan.Zero));
        flow.AdvanceTo(state, new DateTimeOffset(2025, 1, 10, 9, 29, 0, TimeSpan.Zero));
        state.OutputLog.ShouldBe(["before"]);

        flow.AdvanceTo(state, new DateTimeOffset(2025, 1, 10, 9, 30, 0, TimeSpan.Zero));
        state.OutputLog.ShouldBe(["before", "after"]);
    }

    [Fact]
    public void StartAt_InThePast_CompletesAtOnce()
    {
        var flow = Waiting(Act.Of("at", "Elsa.StartAt", ("dateTime", In.Lit("2024-12-25T00:00:00Z", "DateTimeOffset"))));

        var state = flow.Start().State;

        state.Bookmarks.ShouldBeEmpty();
        state.OutputLog.ShouldBe(["before", "after"]);
        state.SubStatus.ShouldBe(WorkflowSubStatus.Finished);
    }

    [Fact]
    public void StartAt_JavaScriptDate_IsUsed()
    {
        var flow = Waiting(Act.Of("at", "Elsa.StartAt", ("dateTime", In.Js("addDays(context.day0, 2)"))));

        var state = flow.Start(new StartOptions { Day0 = new DateOnly(2025, 1, 6) }).State;

        state.Bookmarks.ShouldHaveSingleItem().DueAt.ShouldBe(new DateTimeOffset(2025, 1, 8, 0, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void Cron_WaitsForTheNextOccurrence_InLondonTime()
    {
        // 07:30 UTC on 1 July is 08:30 in London (BST), so 09:00 London is 08:00 UTC the same day.
        var summer = new DateTimeOffset(2025, 7, 1, 7, 30, 0, TimeSpan.Zero);
        var flow = Waiting(Act.Of("cron", "Elsa.Cron", ("cronExpression", In.Lit("0 9 * * *"))), summer);

        var state = flow.Start().State;

        state.Bookmarks.ShouldHaveSingleItem().DueAt.ShouldBe(new DateTimeOffset(2025, 7, 1, 8, 0, 0, TimeSpan.Zero));
        flow.Advance(state, TimeSpan.FromMinutes(30));
        state.OutputLog.ShouldBe(["before", "after"]);
    }

    [Fact]
    public void Cron_InWinter_UsesGreenwichTime()
    {
        var state = Waiting(Act.Of("cron", "Elsa.Cron", ("cronExpression", In.Lit("0 9 * * MON-FRI")))).Start().State;

        state.Bookmarks.ShouldHaveSingleItem().DueAt.ShouldBe(new DateTimeOffset(2025, 1, 6, 9, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void ResumeDueTimers_ResumesSeveralTimersEarliestFirst()
    {
        var flow = Flow.Of(
            [Act.Fork("fork", "a", "b"), Act.Delay("long", "00:20:00"), Act.Delay("short", "00:10:00"), Act.WriteLine("afterLong", "long"), Act.WriteLine("afterShort", "short")],
            ["fork:a -> long", "fork:b -> short", "long -> afterLong", "short -> afterShort"]);
        var state = flow.Start().State;

        flow.Advance(state, TimeSpan.FromHours(1));

        state.OutputLog.ShouldBe(["short", "long"]);
        state.SubStatus.ShouldBe(WorkflowSubStatus.Finished);
    }

    private static Flow Waiting(string timer, DateTimeOffset? now = null) => Flow.Of(
        [Act.WriteLine("before", "before"), timer, Act.WriteLine("after", "after")],
        [$"before -> {Id(timer)}", $"{Id(timer)} -> after"],
        now: now);

    private static string Id(string activity) => System.Text.Json.Nodes.JsonNode.Parse(activity)!["id"]!.GetValue<string>();
}
