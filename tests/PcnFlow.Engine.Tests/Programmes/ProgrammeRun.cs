using System.Text.Json.Nodes;
using PcnFlow.Engine.Calendar;
using PcnFlow.Engine.Definitions;
using PcnFlow.Engine.Hosting;
using PcnFlow.Engine.Runtime;

namespace PcnFlow.Engine.Tests.Programmes;

/// <summary>One programme instance in an in-memory host with a simulated clock, plus the moves a scenario makes.</summary>
internal sealed class ProgrammeRun
{
    public const string SixStepId = "six-step-development-support";
    public const string FirstHundredDaysId = "first-100-days";
    public const string Pcn = "North Shore PCN";
    public const string CdName = "Dr A Patel";

    private static readonly Lazy<WorkflowDefinition> SixStepDefinition = new(() => WorkflowDefinitionLoader.Programme(SixStepId));
    private static readonly Lazy<WorkflowDefinition> FirstHundredDaysDefinition = new(() => WorkflowDefinitionLoader.Programme(FirstHundredDaysId));

    private ProgrammeRun(DateTimeOffset clockStart)
    {
        Host = new InMemoryWorkflowHost(new SimulatedClock(clockStart));
        Host.Register(FirstHundredDaysDefinition.Value);
        Host.Register(SixStepDefinition.Value);
    }

    public InMemoryWorkflowHost Host { get; }

    public string MainId { get; private set; } = "";

    /// <summary>The programme instance (looked up each time, so a reloaded state is seen).</summary>
    public WorkflowState Main => Host.Instances[MainId];

    public DateTimeOffset Now => Host.Clock.Now;

    /// <summary>Starts the six-step programme for North Shore PCN; the clock starts at 08:00 London on <paramref name="clockStart"/> (default day 0).</summary>
    public static ProgrammeRun SixStep(DateOnly day0, DateOnly? clockStart = null, bool autoComplete = false)
    {
        var run = new ProgrammeRun(London(clockStart ?? day0, 8)) { Host = { AutoCompleteTasks = autoComplete } };
        run.Start(SixStepId, day0, new() { ["pcnName"] = Pcn, ["day0"] = Iso(day0) });
        return run;
    }

    /// <summary>Starts a first-100-days plan for Dr A Patel at North Shore PCN, the clock at 08:00 London on day 0.</summary>
    public static ProgrammeRun FirstHundredDays(DateOnly day0, bool autoComplete = false)
    {
        var run = new ProgrammeRun(London(day0, 8)) { Host = { AutoCompleteTasks = autoComplete } };
        run.Start(FirstHundredDaysId, day0, new() { ["cdName"] = CdName, ["pcnName"] = Pcn, ["day0"] = Iso(day0) });
        return run;
    }

    public static DateTimeOffset London(DateOnly date, int hour = 9) => UkTime.AtLocalTime(date, new TimeOnly(hour, 0));

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public bool IsOpen(string activityId, WorkflowState? state = null) => (state ?? Main).OpenTasks.Any(b => b.ActivityId == activityId);

    public Bookmark Task(string activityId, WorkflowState? state = null) => (state ?? Main).OpenTasks.Single(b => b.ActivityId == activityId);

    /// <summary>Every instance the main one started (the CD's 100-day plan).</summary>
    public IEnumerable<WorkflowState> Children => Host.Instances.Values.Where(s => s.ParentInstanceId == MainId);

    /// <summary>Completes an open task with valid example answers, overridden by <paramref name="fields"/>.</summary>
    public ResumeResult Complete(string activityId, string? outcome = null, JsonObject? fields = null, string? comment = null, WorkflowState? state = null, string actor = "someone@northshore.nhs.uk")
    {
        state ??= Main;
        var bookmark = Task(activityId, state);
        var answers = SampleAnswers.For(bookmark.Task!.Form, UkTime.Today(Now));
        foreach (var (name, value) in fields ?? [])
            answers[name] = value?.DeepClone();
        return Host.Resume(state.InstanceId, bookmark.Id, new ResumeInput { Outcome = outcome, Fields = answers, Comment = comment }, actor);
    }

    /// <summary>
    /// Completes every open task of every instance as soon as it opens (except those <paramref name="skip"/> picks),
    /// letting timers, reminders and escalations fire in between, until <paramref name="until"/>.
    /// </summary>
    public void CompleteEverythingUntil(DateTimeOffset until, Func<Bookmark, bool>? skip = null)
    {
        for (var guard = 0; guard < 10_000; guard++)
        {
            var open = Host.Instances.Values.Where(s => s.Status == WorkflowStatus.Running)
                .SelectMany(s => s.OpenTasks.Where(b => skip?.Invoke(b) != true).Select(b => (State: s, b.ActivityId)))
                .FirstOrDefault();
            if (open.State != null)
            {
                Complete(open.ActivityId, state: open.State).Status.ShouldBe(ResumeStatus.Resumed, $"completing {open.ActivityId}");
                continue;
            }
            var next = NextTimer();
            if (next == null || next > until)
            {
                Host.AdvanceTo(until);
                return;
            }
            Host.AdvanceTo(next.Value);
        }
        throw new InvalidOperationException("The scenario did not settle.");
    }

    public IEnumerable<HostEvent> Events(string kind, string? activityId = null, WorkflowState? state = null) =>
        Host.Events.Where(e => e.Kind == kind && (activityId == null || e.ActivityId == activityId) && e.InstanceId == (state ?? Main).InstanceId);

    private DateTimeOffset? NextTimer() => Host.Instances.Values.Where(s => s.Status == WorkflowStatus.Running).Select(s => s.NextTimerDue).Min();

    private void Start(string definitionId, DateOnly day0, Dictionary<string, object?> input)
    {
        MainId = definitionId + "-" + Iso(day0);
        Host.Start(definitionId, new StartOptions { InstanceId = MainId, Day0 = day0, PcnName = Pcn, Input = input, Actor = "lead@ics.nhs.uk" });
    }
}
