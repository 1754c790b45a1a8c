using PcnFlow.Engine.Runtime;
using PcnFlow.Engine.Tests.Activities;

namespace PcnFlow.Engine.Tests.Migration;

/// <summary>Moving a running instance to a later version: what is planned, what moves and what never runs again.</summary>
public sealed class MigrationPlanTests
{
    private static readonly DateOnly Day0 = new(2025, 1, 6);
    private static readonly string[] Chain = ["step1 -> step2", "step2 -> step3"];

    [Fact]
    public void Migrate_AfterStepsOneAndTwo_NeverReopensThemAndKeepsTheJournal()
    {
        var flow = Flow.Of([Versions.Due("step1", "D+10"), Versions.Due("step2", "D+20"), Versions.Due("step3", "D+30", "-P3D")], Chain);
        var state = flow.Start(new StartOptions { Day0 = Day0 }).State;
        flow.Resume(state, Open(state, "step1"), new ResumeInput());
        flow.Resume(state, Open(state, "step2"), new ResumeInput());
        var before = state.Journal.ToList();
        var v2 = flow.Compile(2,
            [Versions.Due("step1", "D+10"), Act.Task("step2", ("title", In.Lit("Step two, rewritten")), ("due", In.Lit("D+25"))),
             Versions.Due("step3", "D+40", "-P3D"), Act.Task("step4")],
            [.. Chain, "step3 -> step4"]);

        var plan = flow.Engine.Migrate(flow.Blueprint, v2, state, "Lead Person");

        plan.Refusals.ShouldBeEmpty();
        state.DefinitionVersion.ShouldBe(2);
        state.Journal.Take(before.Count).ShouldBe(before);
        var moved = state.Journal[^1];
        moved.Kind.ShouldBe(JournalKind.WorkflowMigrated);
        moved.Message.ShouldBe("Moved from version 1 to version 2 by Lead Person");
        state.OpenTasks.Select(b => b.ActivityId).ShouldBe(["step3"]);
        state.Tasks.Keys.ShouldBe(["step1", "step2"], ignoreOrder: true);

        flow.Engine.Resume(v2, state, Open(state, "step3"), new ResumeInput());

        state.OpenTasks.Select(b => b.ActivityId).ShouldBe(["step4"]);
        foreach (var step in new[] { "step1", "step2" })
            state.Journal.Count(e => e.Kind == JournalKind.ActivityStarted && e.ActivityId == step).ShouldBe(1);
    }

    [Fact]
    public void PlanMigration_RetimesAnOpenTaskFromDayZeroUnderTheNewRule()
    {
        var flow = Flow.Of([Versions.Due("step1", "D+30", "-P3D", "P0D")], []);
        var state = flow.Start(new StartOptions { Day0 = Day0 }).State;
        var v2 = flow.Compile(2, [Versions.Due("step1", "D+44", "-P7D")], []);

        var plan = flow.Engine.PlanMigration(flow.Blueprint, v2, state);

        var retimed = plan.Retimed.ShouldHaveSingleItem();
        retimed.ActivityId.ShouldBe("step1");
        retimed.OldDueDate.ShouldBe(Day0.AddDays(30));
        retimed.NewDueDate.ShouldBe(Day0.AddDays(44));
        retimed.NewReminders.Count.ShouldBe(1);
        retimed.NewReminders[0].Date.ShouldBe(Day0.AddDays(37).ToDateTime(TimeOnly.MinValue));
        state.OpenTasks.Single().Task!.DueDate.ShouldBe(Day0.AddDays(30), "a plan changes nothing");
    }

    [Fact]
    public void PlanMigration_ADurationRuleCountsFromWhenTheTaskOpened()
    {
        var flow = Flow.Of([Act.Task("step1"), Versions.Due("step2", "P14D")], ["step1 -> step2"]);
        var state = flow.Start(new StartOptions { Day0 = Day0 }).State;
        flow.Time.Advance(TimeSpan.FromDays(5));
        flow.Resume(state, Open(state, "step1"), new ResumeInput());
        flow.Time.Advance(TimeSpan.FromDays(3));
        var v2 = flow.Compile(2, [Act.Task("step1"), Versions.Due("step2", "P21D")], ["step1 -> step2"]);

        var plan = flow.Engine.PlanMigration(flow.Blueprint, v2, state);

        plan.Retimed.ShouldHaveSingleItem().NewDueDate.ShouldBe(Day0.AddDays(5 + 21));
    }

    [Fact]
    public void PlanMigration_LeavesATaskWhoseRuleIsUnchangedAlone()
    {
        var flow = Flow.Of([Versions.Due("step1", "D+30")], []);
        var state = flow.Start(new StartOptions { Day0 = Day0 }).State;
        var v2 = flow.Compile(2, [Act.Task("step1", ("title", In.Lit("New words")), ("due", In.Lit("D+30")), ("reminders", In.Obj("[]"))), Act.Task("extra")], ["step1 -> extra"]);

        var plan = flow.Engine.PlanMigration(flow.Blueprint, v2, state);

        plan.Retimed.ShouldBeEmpty();
        plan.Added.Select(a => a.Id).ShouldBe(["extra"]);
        plan.Removed.ShouldBeEmpty();
        plan.CanMigrate.ShouldBeTrue();
    }

    [Fact]
    public void Migrate_RefusesWhenTheOpenTaskIsMissing_NamingItAndChangingNothing()
    {
        var flow = Flow.Of([Act.Task("step1"), Act.Task("step2")], ["step1 -> step2"]);
        var state = flow.Start(new StartOptions { Day0 = Day0 }).State;
        var saved = WorkflowStateSerializer.Serialize(state);
        var v2 = flow.Compile(2, [Act.Task("step1b"), Act.Task("step2")], ["step1b -> step2"]);

        var plan = flow.Engine.Migrate(flow.Blueprint, v2, state, "Lead");

        var refusal = plan.Refusals.ShouldHaveSingleItem();
        refusal.ActivityId.ShouldBe("step1");
        refusal.Title.ShouldBe("step1");
        refusal.Reason.ShouldContain("an open task");
        refusal.Reason.ShouldContain("version 2 has no activity with the id 'step1'");
        plan.Removed.Select(a => a.Id).ShouldBe(["step1"]);
        plan.Added.Select(a => a.Id).ShouldBe(["step1b"]);
        WorkflowStateSerializer.Serialize(state).ShouldBe(saved);
    }

    [Fact]
    public void PlanMigration_RefusesAStepThatChangesKind()
    {
        var flow = Flow.Of([Act.Task("step1")], []);
        var state = flow.Start().State;
        var v2 = flow.Compile(2, [Act.Of("step1", "PcnFlow.SignOff", ("title", In.Lit("Sign")), ("approverRole", In.Lit("ProgrammeLead")))], []);

        var refusal = flow.Engine.PlanMigration(flow.Blueprint, v2, state).Refusals.ShouldHaveSingleItem();

        refusal.ActivityId.ShouldBe("step1");
        refusal.Reason.ShouldContain("PcnFlow.SignOff instead of a PcnFlow.HumanTask");
    }

    [Fact]
    public void PlanMigration_RefusesAnOpenTaskWhoseChoicesChange()
    {
        var flow = Flow.Of([Act.Task("ask", ("outcomes", In.Obj("""["Yes", "No"]""")))], []);
        var state = flow.Start().State;
        var v2 = flow.Compile(2, [Act.Task("ask", ("outcomes", In.Obj("""["Yes", "No", "Maybe"]""")))], []);

        var refusal = flow.Engine.PlanMigration(flow.Blueprint, v2, state).Refusals.ShouldHaveSingleItem();

        refusal.ActivityId.ShouldBe("ask");
        refusal.Reason.ShouldContain("from Yes, No to Yes, No, Maybe");
    }

    [Fact]
    public void PlanMigration_RefusesAFinishedInstance()
    {
        var flow = Flow.Of([Act.Task("step1")], []);
        var state = flow.Start().State;
        flow.Resume(state, Open(state, "step1"), new ResumeInput());

        var refusal = flow.Engine.PlanMigration(flow.Blueprint, flow.Compile(2, [Act.Task("step1")], []), state).Refusals.ShouldHaveSingleItem();

        refusal.ActivityId.ShouldBeNull();
        refusal.Reason.ShouldContain("already ended");
    }

    [Fact]
    public void Migrate_KeepsAHalfMetJoinCountingWhenConnectionsAreReordered()
    {
        string[] activities = [Act.Fork("fork", "A", "B"), Act.Task("a"), Act.Task("b"), Act.Join("join", "WaitAll"), Act.Task("after")];
        var flow = Flow.Of(activities, ["fork:A -> a", "fork:B -> b", "a -> join", "b -> join", "join -> after"]);
        var state = flow.Start().State;
        flow.Resume(state, Open(state, "a"), new ResumeInput());
        var v2 = flow.Compile(2, activities, ["join -> after", "b -> join", "a -> join", "fork:B -> b", "fork:A -> a"]);

        flow.Engine.Migrate(flow.Blueprint, v2, state, "Lead").CanMigrate.ShouldBeTrue();
        flow.Engine.Resume(v2, state, Open(state, "b"), new ResumeInput());

        state.OpenTasks.Select(b => b.ActivityId).ShouldBe(["after"]);
    }

    [Fact]
    public void PlanMigration_RefusesWhenABranchThatReachedAJoinIsNoLongerConnected()
    {
        string[] activities = [Act.Fork("fork", "A", "B"), Act.Task("a"), Act.Task("b"), Act.Join("join", "WaitAll"), Act.Task("after")];
        var flow = Flow.Of(activities, ["fork:A -> a", "fork:B -> b", "a -> join", "b -> join", "join -> after"]);
        var state = flow.Start().State;
        flow.Resume(state, Open(state, "a"), new ResumeInput());
        var v2 = flow.Compile(2, activities, ["fork:A -> a", "fork:B -> b", "a -> after", "b -> join", "join -> after"]);

        var refusal = flow.Engine.PlanMigration(flow.Blueprint, v2, state).Refusals.ShouldHaveSingleItem();

        refusal.ActivityId.ShouldBe("join");
        refusal.Reason.ShouldContain("the branch from 'a'");
    }

    [Fact]
    public void Migrate_StartsNewVariablesAtTheirDeclaredValue()
    {
        var flow = Flow.Of([Act.Task("step1")], []);
        var state = flow.Start().State;
        var v2 = flow.Compile(2, [Act.Task("step1")], [], """[{"name":"region","typeName":"String","value":"North"}]""");

        var plan = flow.Engine.Migrate(flow.Blueprint, v2, state, "Lead");

        plan.VariablesAdded.ShouldBe(["region"]);
        state.Variables["region"].ShouldBe("North");
    }

    private static string Open(WorkflowState state, string activityId) => state.OpenTasks.Single(b => b.ActivityId == activityId).Id;
}
