using PcnFlow.Engine.Runtime;
using PcnFlow.Engine.Tests.Activities;

namespace PcnFlow.Engine.Tests.Migration;

/// <summary>Moving an instance that is waiting on a timer or on a review that has not opened yet.</summary>
public sealed class MigrationWaitTests
{
    private static readonly DateOnly Day0 = new(2025, 1, 6);
    private static readonly string[] Then = ["wait -> after"];

    [Fact]
    public void Migrate_ALongerDelayCountsFromWhenTheWaitBegan_AndTheOldTimeNoLongerResumesIt()
    {
        var flow = Flow.Of([Act.Delay("wait", "P3D"), Act.WriteLine("after", "done")], Then);
        var state = flow.Start().State;
        var waiting = state.Bookmarks.ShouldHaveSingleItem();
        var began = waiting.CreatedAt;
        flow.Time.Advance(TimeSpan.FromDays(1));
        var v2 = flow.Compile(2, [Act.Delay("wait", "P5D"), Act.WriteLine("after", "done")], Then);

        var plan = flow.Engine.Migrate(flow.Blueprint, v2, state, "Lead");

        var moved = plan.RetimedWaits.ShouldHaveSingleItem();
        (moved.ActivityId, moved.OldAt, moved.NewAt).ShouldBe(("wait", began.AddDays(3), began.AddDays(5)));
        var now = state.Bookmarks.ShouldHaveSingleItem();
        now.Id.ShouldNotBe(waiting.Id, "a new bookmark, so a host's job for the old time finds nothing to resume");
        (now.DueAt, now.CreatedAt).ShouldBe((began.AddDays(5), began));
        flow.Engine.Resume(v2, state, waiting.Id, new ResumeInput()).State.OutputLog.ShouldBeEmpty();

        flow.Time.SetUtcNow(began.AddDays(3));
        flow.Engine.ResumeDueTimers(v2, state);
        state.OutputLog.ShouldBeEmpty();
        flow.Time.SetUtcNow(began.AddDays(5));
        flow.Engine.ResumeDueTimers(v2, state);
        state.OutputLog.ShouldBe(["done"]);
        state.Status.ShouldBe(WorkflowStatus.Finished);
    }

    [Fact]
    public void Migrate_AReviewNotYetOpenOpensAheadOfItsNewDay()
    {
        var flow = Flow.Of([Review("D+30"), Act.WriteLine("after", "reviewed")], ["review -> after"]);
        var state = flow.Start(new StartOptions { Day0 = Day0 }).State;
        var v2 = flow.Compile(2, [Review("D+44"), Act.WriteLine("after", "reviewed")], ["review -> after"]);

        var moved = flow.Engine.Migrate(flow.Blueprint, v2, state, "Lead").RetimedWaits.ShouldHaveSingleItem();

        // D+30 is Wednesday 5 February and D+44 Wednesday 19 February; a review opens 7 days ahead at 09:00 London (GMT).
        moved.OldAt.ShouldBe(new DateTimeOffset(2025, 1, 29, 9, 0, 0, TimeSpan.Zero));
        moved.NewAt.ShouldBe(new DateTimeOffset(2025, 2, 12, 9, 0, 0, TimeSpan.Zero));
        flow.Time.SetUtcNow(moved.OldAt);
        flow.Engine.ResumeDueTimers(v2, state);
        state.OpenTasks.ShouldBeEmpty();
        flow.Time.SetUtcNow(moved.NewAt);
        flow.Engine.ResumeDueTimers(v2, state);
        state.OpenTasks.ShouldHaveSingleItem().Task!.DueDate.ShouldBe(Day0.AddDays(44));
    }

    [Fact]
    public void PlanMigration_ShowsTheNewTimeButChangesNothing()
    {
        var flow = Flow.Of([Act.Delay("wait", "P3D"), Act.WriteLine("after", "done")], Then);
        var state = flow.Start().State;
        var before = state.Bookmarks.ShouldHaveSingleItem();
        var v2 = flow.Compile(2, [Act.Delay("wait", "P1D"), Act.WriteLine("after", "done")], Then);

        flow.Engine.PlanMigration(flow.Blueprint, v2, state).RetimedWaits.ShouldHaveSingleItem().NewAt.ShouldBe(before.CreatedAt.AddDays(1));

        state.Bookmarks.ShouldHaveSingleItem().ShouldBeSameAs(before);
        before.DueAt.ShouldBe(before.CreatedAt.AddDays(3));
    }

    [Fact]
    public void PlanMigration_LeavesAWaitWhoseRuleIsUnchangedAlone()
    {
        // Cron counts from "now"; re-evaluated later it would move, which an unchanged rule must not do.
        var cron = Act.Of("wait", "Elsa.Cron", ("cronExpression", In.Lit("0 9 * * 1")));
        var flow = Flow.Of([cron, Act.WriteLine("after", "done")], Then);
        var state = flow.Start().State;
        flow.Time.Advance(TimeSpan.FromDays(10));
        var v2 = flow.Compile(2, [cron, Act.WriteLine("after", "changed text")], Then);

        flow.Engine.PlanMigration(flow.Blueprint, v2, state).RetimedWaits.ShouldBeEmpty();
    }

    private static string Review(string scheduledDay) => Act.Of("review", "PcnFlow.Review",
        ("title", In.Lit("Day 30 review")), ("ownerRole", In.Lit("ClinicalDirector")), ("scheduledDay", In.Lit(scheduledDay)), ("workingDays", In.Lit("false", "Boolean")));

}
