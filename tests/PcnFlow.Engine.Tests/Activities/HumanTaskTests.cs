using System.Text.Json.Nodes;
using PcnFlow.Engine.Runtime;
using PcnFlow.Engine.Tasks;

namespace PcnFlow.Engine.Tests.Activities;

/// <summary>PcnFlow.HumanTask: the task it opens, its due date, reminders, escalation and outcomes.</summary>
public sealed class HumanTaskTests
{
    private static readonly DateTimeOffset JulyMorning = new(2025, 7, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Opens_ATaskBookmarkForTheOwner_AndEmitsTaskOpened()
    {
        var flow = Flow.Of(Act.Of(
            "task",
            "PcnFlow.HumanTask",
            ("title", In.Liquid("Agree the vision for {{ pcn.name }}")),
            ("instructions", In.Lit("Write it down.")),
            ("ownerRole", In.Lit("clinicaldirector")),
            ("stage", In.Lit("Step 2: Vision")),
            ("due", In.Lit("D+10"))));

        var run = flow.Start(new StartOptions { PcnName = "Riverside PCN", Day0 = new DateOnly(2025, 1, 6) });

        var bookmark = run.State.OpenTasks.ShouldHaveSingleItem();
        bookmark.Kind.ShouldBe(BookmarkKinds.HumanTask);
        bookmark.DueAt.ShouldBeNull();
        run.Effects.OfType<TaskOpened>().ShouldHaveSingleItem().Bookmark.ShouldBeSameAs(bookmark);
        var task = bookmark.Task!;
        task.Kind.ShouldBe(TaskKinds.Task);
        task.Title.ShouldBe("Agree the vision for Riverside PCN");
        task.Instructions.ShouldBe("Write it down.");
        task.OwnerRole.ShouldBe(Roles.ClinicalDirector);
        task.Stage.ShouldBe("Step 2: Vision");
        task.OpenedAt.ShouldBe(Flow.Epoch);
        task.DueDate.ShouldBe(new DateOnly(2025, 1, 16));
        task.DueAt.ShouldBe(new DateTimeOffset(2025, 1, 17, 0, 0, 0, TimeSpan.Zero));
        task.Outcomes.ShouldBe(["Done"]);
        task.Attempt.ShouldBe(1);
    }

    [Fact]
    public void Due_IsTheEndOfTheDueDateInLondon_InSummerToo()
    {
        var task = Open(JulyMorning, new DateOnly(2025, 7, 1), ("due", In.Lit("D+30")));

        task.DueDate.ShouldBe(new DateOnly(2025, 7, 31));
        task.DueAt.ShouldBe(new DateTimeOffset(2025, 7, 31, 23, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void Due_AsADuration_CountsFromWhenTheTaskOpens_NotFromDay0()
    {
        var task = Open(Flow.Epoch, new DateOnly(2024, 1, 1), ("due", In.Lit("P14D")));

        task.DueDate.ShouldBe(new DateOnly(2025, 1, 20));
    }

    [Fact]
    public void Due_FromJavaScript_IsTheDateItReturns()
    {
        var task = Open(Flow.Epoch, new DateOnly(2025, 1, 6), ("due", In.Js("addDays(context.day0, 45)")));

        task.DueDate.ShouldBe(new DateOnly(2025, 2, 20));
    }

    [Theory]
    [InlineData("D+5", false, "2025-12-24")]
    [InlineData("D+5", true, "2025-12-24")]
    [InlineData("D+7", false, "2025-12-26")]
    [InlineData("D+7", true, "2025-12-29")]
    [InlineData("D+6", true, "2025-12-29")]
    [InlineData("D+1", true, "2025-12-22")]
    public void Due_WithWorkingDays_MovesPastWeekendsAndBankHolidays(string due, bool workingDays, string expected)
    {
        var day0 = new DateOnly(2025, 12, 19);
        var task = Open(new DateTimeOffset(2025, 12, 19, 9, 0, 0, TimeSpan.Zero), day0, ("due", In.Lit(due)), ("workingDays", In.Lit(workingDays ? "true" : "false", "Boolean")));

        task.DueDate.ShouldBe(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
        task.WorkingDays.ShouldBe(workingDays);
    }

    [Fact]
    public void Due_AsADurationInWorkingDays_SkipsChristmas()
    {
        // Opened on Friday 19 December 2025: five working days are 22, 23, 24, 29 and 30 December.
        var task = Open(new DateTimeOffset(2025, 12, 19, 9, 0, 0, TimeSpan.Zero), new DateOnly(2025, 12, 1), ("due", In.Lit("P5D")), ("workingDays", In.Lit("true", "Boolean")));

        task.DueDate.ShouldBe(new DateOnly(2025, 12, 30));
    }

    [Fact]
    public void Reminders_AreAt0900LondonOnTheirDates_AndOnesBeforeTheTaskOpenedAreDropped()
    {
        var task = Open(JulyMorning, new DateOnly(2025, 7, 1), ("due", In.Lit("D+30")), ("reminders", In.Obj("""["-P60D", "-P3D", "P0D", "P2D"]""")));

        task.Reminders.ShouldBe(
        [
            new TaskReminder(1, "-P3D", new DateTimeOffset(2025, 7, 28, 8, 0, 0, TimeSpan.Zero)),
            new TaskReminder(2, "P0D", new DateTimeOffset(2025, 7, 31, 8, 0, 0, TimeSpan.Zero)),
            new TaskReminder(3, "P2D", new DateTimeOffset(2025, 8, 2, 8, 0, 0, TimeSpan.Zero)),
        ]);
    }

    [Fact]
    public void Reminders_InWorkingDays_CountBackOverBankHolidays()
    {
        var task = Open(
            new DateTimeOffset(2025, 12, 1, 9, 0, 0, TimeSpan.Zero),
            new DateOnly(2025, 12, 19),
            ("due", In.Lit("D+7")),
            ("workingDays", In.Lit("true", "Boolean")),
            ("reminders", In.Obj("""["-P3D"]""")));

        task.DueDate.ShouldBe(new DateOnly(2025, 12, 29));
        task.Reminders.ShouldHaveSingleItem().At.ShouldBe(new DateTimeOffset(2025, 12, 22, 9, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void Escalation_IsAt0900LondonOnceOverdueForTheGivenTime()
    {
        var task = Open(JulyMorning, new DateOnly(2025, 7, 1), ("due", In.Lit("D+30")), ("escalation", In.Obj("""{ "after": "P5D", "to": "supportperson" }""")));

        // Overdue from 1 August; five days later is 6 August, at 09:00 BST.
        task.EscalateAt.ShouldBe(new DateTimeOffset(2025, 8, 6, 8, 0, 0, TimeSpan.Zero));
        task.EscalateTo.ShouldBe(Roles.SupportPerson);
    }

    [Fact]
    public void NoDueRule_NoDueDateRemindersOrEscalation()
    {
        var task = Open(Flow.Epoch, new DateOnly(2025, 1, 6), ("reminders", In.Obj("""["-P3D"]""")), ("escalation", In.Obj("""{ "after": "P5D", "to": "SupportPerson" }""")));

        task.DueDate.ShouldBeNull();
        task.DueAt.ShouldBeNull();
        task.Reminders.ShouldBeEmpty();
        task.EscalateAt.ShouldBeNull();
    }

    [Fact]
    public void Completing_RecordsTheDecision_ClosesTheTask_AndLaterScriptsSeeIt()
    {
        var flow = Flow.Of([Act.Task("task"), Act.WriteLineJs("w", "getTask('task').outcome + ' by ' + getTask('task').completedBy + ': ' + getTask('task').fields.note")], ["task -> w"]);
        var state = flow.Start().State;
        var bookmark = state.OpenTasks.Single().Id;
        flow.Time.Advance(TimeSpan.FromDays(2));

        var run = flow.Resume(state, bookmark, new ResumeInput { Fields = new JsonObject { ["note"] = "all agreed" }, Comment = "Thanks" }, actor: "dr.lee");

        run.Resume.Status.ShouldBe(ResumeStatus.Resumed);
        run.Effects.ShouldContain(new TaskClosed(bookmark, "task", true, "Done"));
        var snapshot = state.Tasks["task"];
        snapshot.Outcome.ShouldBe("Done");
        snapshot.CompletedBy.ShouldBe("dr.lee");
        snapshot.CompletedAt.ShouldBe(Flow.Epoch.AddDays(2));
        snapshot.Comment.ShouldBe("Thanks");
        state.OutputLog.ShouldBe(["Done by dr.lee: all agreed"]);
        state.Journal.Single(e => e.Kind == JournalKind.BookmarkResumed).Data!["note"]!.GetValue<string>().ShouldBe("all agreed");
    }

    [Theory]
    [InlineData("Done", "done")]
    [InlineData("Not applicable", "skipped")]
    [InlineData("not APPLICABLE", "skipped")]
    [InlineData(null, "done")]
    public void CustomOutcomes_AreItsPorts(string? outcome, string expected)
    {
        var flow = Flow.Of(
            [Act.Task("task", ("outcomes", In.Obj("""["Done", "Not applicable"]"""))), Act.WriteLine("done", "done"), Act.WriteLine("skipped", "skipped")],
            ["task:Done -> done", "task:Not applicable -> skipped"]);
        var state = flow.Start().State;

        flow.Resume(state, state.OpenTasks.Single().Id, new ResumeInput { Outcome = outcome });

        state.OutputLog.ShouldBe([expected]);
    }

    [Fact]
    public void AnOutcomeTheTaskDoesNotHave_IsRejected()
    {
        var flow = Flow.Of(Act.Task("task", ("outcomes", In.Obj("""["Done", "Not applicable"]"""))));
        var state = flow.Start().State;

        var result = flow.Resume(state, state.OpenTasks.Single().Id, new ResumeInput { Outcome = "Maybe" });

        result.Resume.Status.ShouldBe(ResumeStatus.Rejected);
        result.Resume.Errors.ShouldHaveSingleItem().Field.ShouldBe("outcome");
        state.OpenTasks.ShouldHaveSingleItem();
    }

    [Fact]
    public void ATaskCancelledByAnEnd_IsClosedAsNotCompleted()
    {
        var flow = Flow.Of(
            [Act.Fork("fork", "a", "b"), Act.Task("task"), Act.Event("stop", "Stop"), Act.End()],
            ["fork:a -> task", "fork:b -> stop", "stop -> end"]);
        var state = flow.Start().State;
        var task = state.OpenTasks.Single().Id;

        var run = flow.Resume(state, state.Bookmarks.Single(b => b.ActivityId == "stop").Id);

        run.Effects.ShouldContain(new TaskClosed(task, "task", false, null));
        state.OpenTasks.ShouldBeEmpty();
        state.SubStatus.ShouldBe(WorkflowSubStatus.Finished);
    }

    private static HumanTaskPayload Open(DateTimeOffset now, DateOnly day0, params (string Name, JsonNode? Value)[] inputs)
    {
        var flow = Flow.Of([Act.Task("task", inputs)], [], now: now);
        return flow.Start(new StartOptions { Day0 = day0 }).State.OpenTasks.Single().Task!;
    }
}
