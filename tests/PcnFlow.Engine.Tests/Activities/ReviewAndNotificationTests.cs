using System.Text.Json.Nodes;
using PcnFlow.Engine.Runtime;
using PcnFlow.Engine.Tasks;

namespace PcnFlow.Engine.Tests.Activities;

/// <summary>PcnFlow.Review (a checkpoint on a programme day) and PcnFlow.SendNotification.</summary>
public sealed class ReviewAndNotificationTests
{
    private static readonly DateOnly Day0 = new(2025, 1, 6);

    [Fact]
    public void Review_WaitsUntilItOpens_OpensBeforeAheadOfTheScheduledDay()
    {
        var state = ReviewFlow().Start(new StartOptions { Day0 = Day0 }).State;

        // D+30 is Wednesday 5 February; the default P7D opens it on 29 January at 09:00 London (GMT).
        var timer = state.Bookmarks.ShouldHaveSingleItem();
        timer.Kind.ShouldBe(BookmarkKinds.Timer);
        timer.DueAt.ShouldBe(new DateTimeOffset(2025, 1, 29, 9, 0, 0, TimeSpan.Zero));
        state.OpenTasks.ShouldBeEmpty();
    }

    [Fact]
    public void Review_WhenItsTimeComes_OpensAsATaskDueOnTheDay_WithParticipantsAndChecklist()
    {
        var flow = ReviewFlow();
        var state = flow.Start(new StartOptions { Day0 = Day0 }).State;

        flow.AdvanceTo(state, new DateTimeOffset(2025, 1, 29, 8, 59, 0, TimeSpan.Zero));
        state.OpenTasks.ShouldBeEmpty();
        var run = flow.AdvanceTo(state, new DateTimeOffset(2025, 1, 29, 9, 0, 0, TimeSpan.Zero));

        var task = run.Effects.OfType<TaskOpened>().ShouldHaveSingleItem().Bookmark.Task!;
        task.Kind.ShouldBe(TaskKinds.Review);
        task.Title.ShouldBe("Day 30 review");
        task.OwnerRole.ShouldBe(Roles.ClinicalDirector);
        task.ScheduledDate.ShouldBe(new DateOnly(2025, 2, 5));
        task.DueDate.ShouldBe(new DateOnly(2025, 2, 5));
        task.OpenedAt.ShouldBe(new DateTimeOffset(2025, 1, 29, 9, 0, 0, TimeSpan.Zero));
        task.Participants.ShouldBe(["ClinicalDirector", "SupportPerson"]);
        task.Checklist.ShouldBe(["Relationships", "Small wins"]);
        state.OpenTasks.ShouldHaveSingleItem();
    }

    [Fact]
    public void Review_Completed_CarriesOn()
    {
        var flow = ReviewFlow();
        var state = flow.Start(new StartOptions { Day0 = Day0 }).State;
        flow.AdvanceTo(state, new DateTimeOffset(2025, 1, 29, 9, 0, 0, TimeSpan.Zero));

        flow.Resume(state, state.OpenTasks.Single().Id, new ResumeInput { Fields = new JsonObject { ["notes"] = "Going well" } });

        state.OutputLog.ShouldBe(["reviewed"]);
        state.SubStatus.ShouldBe(WorkflowSubStatus.Finished);
    }

    [Fact]
    public void Review_WhoseOpeningTimeHasPassed_OpensAtOnce()
    {
        var flow = ReviewFlow(opensBefore: "P14D", now: new DateTimeOffset(2025, 2, 1, 10, 0, 0, TimeSpan.Zero));

        var state = flow.Start(new StartOptions { Day0 = Day0 }).State;

        state.OpenTasks.ShouldHaveSingleItem().Task!.DueDate.ShouldBe(new DateOnly(2025, 2, 5));
    }

    [Fact]
    public void Review_WithWorkingDays_OnASaturday_IsHeldAndDueOnTheNextWorkingDay()
    {
        // D+5 is Saturday 11 January 2025.
        var flow = ReviewFlow(scheduledDay: "D+5", opensBefore: "P2D", workingDays: true);
        var state = flow.Start(new StartOptions { Day0 = Day0 }).State;

        flow.Advance(state, TimeSpan.FromDays(10));

        var task = state.OpenTasks.ShouldHaveSingleItem().Task!;
        task.DueDate.ShouldBe(new DateOnly(2025, 1, 13));
        task.ScheduledDate.ShouldBe(task.DueDate);
    }

    [Fact]
    public void SendNotification_EmitsTheRenderedSubjectAndBodyToTheRoles()
    {
        var flow = Flow.Of(
            [Act.Of(
                "notify",
                "PcnFlow.SendNotification",
                ("to", In.Obj("""["clinicalDirector", "PcnBoard"]""")),
                ("subject", In.Liquid("Welcome to the programme, {{ pcn.name }}")),
                ("body", In.Liquid("Day 0 is {{ programme.day0 }}."))),
             Act.WriteLine("after", "after")],
            ["notify -> after"]);

        var run = flow.Start(new StartOptions { PcnName = "Riverside PCN", Day0 = Day0 });

        var notification = run.Effects.OfType<NotificationRequested>().ShouldHaveSingleItem();
        notification.ActivityId.ShouldBe("notify");
        notification.To.ShouldBe(["ClinicalDirector", "PcnBoard"]);
        notification.Subject.ShouldBe("Welcome to the programme, Riverside PCN");
        notification.Body.ShouldBe("Day 0 is 2025-01-06.");
        run.State.OutputLog.ShouldBe(["after"]);
    }

    [Fact]
    public void SendNotification_SubjectCanUseEarlierTaskAnswers()
    {
        var flow = Flow.Of(
            [Act.Task("cd"), Act.Of("notify", "PcnFlow.SendNotification", ("to", In.Lit("ProgrammeLead")), ("subject", In.Liquid("New CD: {{ tasks.cd.fields.name }}")))],
            ["cd -> notify"]);
        var state = flow.Start().State;

        var run = flow.Resume(state, state.OpenTasks.Single().Id, new ResumeInput { Fields = new JsonObject { ["name"] = "Dr A Patel" } });

        var notification = run.Effects.OfType<NotificationRequested>().ShouldHaveSingleItem();
        notification.To.ShouldBe(["ProgrammeLead"]);
        notification.Subject.ShouldBe("New CD: Dr A Patel");
        notification.Body.ShouldBe("");
    }

    private static Flow ReviewFlow(string scheduledDay = "D+30", string? opensBefore = null, bool workingDays = false, DateTimeOffset? now = null)
    {
        (string, JsonNode?)[] inputs =
        [
            ("title", In.Lit("Day 30 review")),
            ("ownerRole", In.Lit("ClinicalDirector")),
            ("scheduledDay", In.Lit(scheduledDay)),
            ("participants", In.Obj("""["ClinicalDirector", "SupportPerson"]""")),
            ("checklist", In.Obj("""["Relationships", "Small wins"]""")),
            ("workingDays", In.Lit(workingDays ? "true" : "false", "Boolean")),
            .. opensBefore == null ? Array.Empty<(string, JsonNode?)>() : [("opensBefore", In.Lit(opensBefore))],
        ];
        return Flow.Of([Act.Of("review", "PcnFlow.Review", inputs), Act.WriteLine("after", "reviewed")], ["review -> after"], now: now);
    }
}
