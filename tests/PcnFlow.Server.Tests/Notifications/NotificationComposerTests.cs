using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PcnFlow.Engine.Runtime;
using PcnFlow.Engine.Tasks;
using PcnFlow.Persistence.Identity;
using PcnFlow.Persistence.Notifications;
using PcnFlow.Persistence.Tasks;
using PcnFlow.Server.Notifications;

namespace PcnFlow.Server.Tests.Notifications;

public sealed class NotificationComposerTests
{
    private const string Hostile = "<script>alert('x')</script> & \"friends\"";
    private static readonly DateTimeOffset Now = new(2026, 4, 27, 8, 0, 0, TimeSpan.Zero);
    private static readonly Recipient Reader = new(Guid.NewGuid(), "cd@test.pcnflow", "Dr <b>Ada</b>", NotificationPreference.Individual);

    private readonly NotificationComposer _composer = new(
        Options.Create(new NotificationOptions { PublicBaseUrl = "https://pcnflow.example/" }), new SafeMarkdown(), new MailTemplates(), new FakeTimeProvider(Now));

    [Fact]
    public void Every_message_has_a_subject_a_text_and_an_html_template()
    {
        var names = MailTemplates.Names().ToHashSet();
        foreach (var message in new[] { "task-opened", "sign-off-requested", "review-opened", "reminder", "escalation", "activity", "digest" })
        {
            names.ShouldContain($"{message}.subject");
            names.ShouldContain($"{message}.txt");
            names.ShouldContain($"{message}.html");
        }
        names.ShouldContain("layout.html");
    }

    [Fact]
    public void A_new_task_links_straight_to_the_task_in_both_bodies()
    {
        var task = Task(TaskKinds.Task, "Confirm the PCN's member practices", due: new DateOnly(2026, 4, 30));

        var message = _composer.TaskOpened(task, Reader, "Riverside PCN");

        var link = $"https://pcnflow.example/inbox/tasks/{task.Id}";
        message.Subject.ShouldBe("New task: Confirm the PCN's member practices");
        message.Text.ShouldContain("Open the task: " + link);
        message.Text.ShouldContain("It is due on Thursday 30 April 2026.");
        message.Text.ShouldContain("for Riverside PCN");
        message.Html.ShouldContain($"href=\"{link}\"");
        message.Ics.ShouldBeNull();
    }

    [Fact]
    public void Html_escapes_everything_a_person_wrote_and_text_keeps_it_as_written()
    {
        var task = Task(TaskKinds.Task, Hostile, instructions: "**Bring** the list. <img src=x onerror=alert(1)> [x](javascript:alert(1))", returned: Hostile);

        var message = _composer.TaskOpened(task, Reader, Hostile);

        message.Html.ShouldNotContain("<script");
        message.Html.ShouldNotContain("<img");
        message.Html.ShouldNotContain("javascript:");
        message.Html.ShouldNotContain("<b>Ada</b>");
        message.Html.ShouldContain("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;friends&quot;");
        message.Html.ShouldContain("Dr &lt;b&gt;Ada&lt;/b&gt;");
        message.Html.ShouldContain("<strong>Bring</strong>");
        message.Text.ShouldContain(Hostile);
        message.Subject.ShouldBe("New task: " + Hostile);
    }

    [Fact]
    public void Liquid_in_what_a_person_wrote_is_printed_not_run()
    {
        var task = Task(TaskKinds.Task, "Plan {{ 7 | plus: 1 }} {% if true %}yes{% endif %}");

        var message = _composer.Reminder(task, Reader);

        message.Subject.ShouldStartWith("Reminder: Plan {{ 7 | plus: 1 }} {% if true %}yes{% endif %}");
        message.Text.ShouldContain("{{ 7 | plus: 1 }}");
        message.Text.ShouldNotContain("Plan 8");
    }

    [Fact]
    public void A_returned_task_says_so_and_quotes_the_comment()
    {
        var task = Task(TaskKinds.Task, "Agree the vision", attempt: 2, returned: "Please add the partners' names.");

        var message = _composer.TaskOpened(task, Reader);

        message.Subject.ShouldBe("Returned for an update: Agree the vision");
        message.Text.ShouldContain("has come back to you to update");
        message.Text.ShouldContain("Please add the partners' names.");
    }

    [Fact]
    public void A_sign_off_request_carries_a_sign_off_meeting_on_the_due_date()
    {
        var task = Task(TaskKinds.SignOff, "Sign off step 1: Establish the PCN", due: new DateOnly(2026, 5, 15));

        var message = _composer.TaskOpened(task, Reader);

        message.Subject.ShouldBe("Sign-off requested: Sign off step 1: Establish the PCN");
        message.Text.ShouldContain("approve it, or return it with a comment");
        message.Ics.ShouldNotBeNull();
        message.Ics.ShouldContain("METHOD:PUBLISH");
        message.Ics.ShouldContain("DTSTART;VALUE=DATE:20260515");
        message.Ics.ShouldContain("SUMMARY:Sign-off meeting: Sign off step 1: Establish the PCN");
        message.Ics.ShouldContain($"UID:{task.Id}@pcnflow");
    }

    [Fact]
    public void A_review_invites_to_its_scheduled_date_with_its_participants_and_checklist()
    {
        var task = Task(TaskKinds.Review, "Mid-year review", due: new DateOnly(2026, 10, 28), customise: p =>
        {
            p.ScheduledDate = new DateOnly(2026, 10, 28);
            p.Participants = [Roles.ClinicalDirector, Roles.ProgrammeLead];
            p.Checklist = ["Spend is on track", Hostile];
        });

        var message = _composer.TaskOpened(task, Reader);

        message.Subject.ShouldBe("Review on Wednesday 28 October 2026: Mid-year review");
        message.Text.ShouldContain("a conversation between the Clinical Director and the programme lead");
        message.Text.ShouldContain("- Spend is on track");
        message.Html.ShouldContain("<li>Spend is on track</li>");
        message.Html.ShouldNotContain("<script");
        message.Ics.ShouldNotBeNull();
        message.Ics.ShouldContain("DTSTART;VALUE=DATE:20261028");
        message.Ics.ShouldContain("SUMMARY:Review: Mid-year review");
    }

    [Fact]
    public void A_reminder_on_the_due_date_says_today()
    {
        var message = _composer.Reminder(Task(TaskKinds.Task, "Sign the Network Agreement", due: new DateOnly(2026, 4, 27)), Reader);

        message.Subject.ShouldBe("Reminder: Sign the Network Agreement is due today");
        message.Text.ShouldContain("mark it complete in PcnFlow and the reminders stop");
    }

    [Fact]
    public void An_escalation_names_who_has_the_task_and_asks_for_a_conversation_not_blame()
    {
        var task = Task(TaskKinds.Task, "Name the PCN's wider partners", due: new DateOnly(2026, 4, 20), owner: Roles.ClinicalDirector,
            customise: p => p.EscalateTo = Roles.SupportPerson);

        var message = _composer.Escalation(task, Reader, "Riverside PCN");

        message.Subject.ShouldBe("Still open after its due date: Name the PCN's wider partners (Riverside PCN)");
        message.Text.ShouldContain("was due on Monday 20 April 2026");
        message.Text.ShouldContain("It is with the Clinical Director.");
        message.Text.ShouldContain("You are getting this as the Clinical Director's support person.");
        message.Text.ShouldContain("conversation rather than another reminder");
        message.Text.ShouldContain($"https://pcnflow.example/inbox/tasks/{task.Id}");
    }

    [Fact]
    public void An_activity_message_renders_its_markdown_body_safely()
    {
        var message = _composer.Activity("Riverside PCN: step 1 signed off", "Next is **step 2**. <iframe src=x></iframe>", Reader);

        message.Subject.ShouldBe("Riverside PCN: step 1 signed off");
        message.Html.ShouldContain("<strong>step 2</strong>");
        message.Html.ShouldNotContain("<iframe");
        message.Text.ShouldContain("Next is **step 2**.");
    }

    [Fact]
    public void A_digest_lists_each_update_with_its_link()
    {
        OutboxMessage[] items =
        [
            new() { Key = "a", To = "x", Subject = "New task: One", BodyText = "", Link = "https://pcnflow.example/inbox/tasks/1" },
            new() { Key = "b", To = "x", Subject = Hostile, BodyText = "" },
        ];

        var message = _composer.Digest(items, Reader, new DateOnly(2026, 4, 28));

        message.Subject.ShouldBe("Your PcnFlow summary for Tuesday 28 April: 2 updates");
        message.Text.ShouldContain("- New task: One\n  https://pcnflow.example/inbox/tasks/1");
        message.Html.ShouldContain("<a href=\"https://pcnflow.example/inbox/tasks/1\"");
        message.Html.ShouldNotContain("<script");
    }

    private static TaskRecord Task(
        string kind, string title, DateOnly? due = null, string? instructions = null, int attempt = 1, string? returned = null,
        string owner = Roles.PracticeManager, Action<HumanTaskPayload>? customise = null)
    {
        var payload = new HumanTaskPayload { Kind = kind, Title = title, OwnerRole = owner, Instructions = instructions, DueDate = due, Attempt = attempt, ReturnedComment = returned };
        customise?.Invoke(payload);
        return new TaskRecord
        {
            InstanceId = "i1",
            BookmarkId = "b1",
            ActivityId = "a1",
            Kind = kind,
            Title = title,
            Instructions = instructions,
            OwnerRole = owner,
            ProgrammeName = "PCN development support: the six steps",
            Stage = "Step 1: Establish the PCN",
            DueDate = due,
            Attempt = attempt,
            ReturnedComment = returned,
            PayloadJson = JsonSerializer.Serialize(payload, WorkflowStateSerializer.Options),
        };
    }
}
