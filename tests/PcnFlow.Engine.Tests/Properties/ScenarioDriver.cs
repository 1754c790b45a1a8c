using System.Globalization;
using System.Text.Json.Nodes;
using PcnFlow.Engine.Calendar;
using PcnFlow.Engine.Hosting;
using PcnFlow.Engine.Runtime;
using PcnFlow.Engine.Tasks;

namespace PcnFlow.Engine.Tests.Properties;

/// <summary>
/// Runs a scenario to its end as people, timers and events would: at each suspension point it completes an
/// open task (outcome from the scenario's choices), publishes an awaited event, or fast-forwards the clock to
/// the next timer. Optionally saves and reloads the state at every suspension point.
/// </summary>
internal sealed class ScenarioDriver
{
    /// <summary>More drive steps than any generated scenario needs: reaching it means the instance did not settle.</summary>
    public const int StepCap = 2_000;

    /// <summary>Monday 6 January 2025, 08:00 London.</summary>
    public static readonly DateTimeOffset Epoch = new(2025, 1, 6, 8, 0, 0, TimeSpan.Zero);

    private readonly SimulatedClock _clock = new(Epoch);
    private readonly WorkflowEngine _engine;
    private readonly WorkflowBlueprint _blueprint;
    private readonly int[] _choices;
    private readonly Action<WorkflowState>? _check;
    private readonly TaskInbox _inbox = new();
    private int _next;

    private ScenarioDriver(Scenario scenario, Action<WorkflowState>? check)
    {
        _engine = new WorkflowEngine(new WorkflowEngineOptions { TimeProvider = _clock });
        _blueprint = _engine.Compile(scenario.Definition());
        _choices = scenario.Choices;
        _check = check;
    }

    /// <summary>What was done, one line per drive step, so two drives can be compared.</summary>
    public List<string> Trace { get; } = [];

    public WorkflowState State { get; private set; } = null!;

    /// <summary>Whether the drive stopped because nothing was left to do (rather than at the step cap).</summary>
    public bool Settled { get; private set; }

    /// <summary>Drives <paramref name="scenario"/>, calling <paramref name="check"/> on the state after every step.</summary>
    public static ScenarioDriver Run(Scenario scenario, bool reloadAtEverySuspension, Action<WorkflowState>? check = null)
    {
        var driver = new ScenarioDriver(scenario, check);
        driver.Drive(reloadAtEverySuspension);
        return driver;
    }

    private void Drive(bool reload)
    {
        var started = _engine.Start(_blueprint, new StartOptions { InstanceId = "generated", Actor = "starter@example.nhs.uk" });
        State = started.State;
        AfterRun(started);
        for (var step = 0; step < StepCap; step++)
        {
            if (State.Status == WorkflowStatus.Finished || State.Bookmarks.Count == 0)
            {
                Settled = true;
                return;
            }
            if (reload)
                State = Reloaded(State);
            DriveOnce();
        }
    }

    private void DriveOnce()
    {
        var tasks = State.OpenTasks.ToList();
        var events = State.Bookmarks.Where(b => b.Kind == BookmarkKinds.Event).Select(b => b.Key!).Distinct().ToList();
        var kinds = new List<Action>();
        if (tasks.Count > 0)
            kinds.Add(() => CompleteTask(tasks[Next(tasks.Count)]));
        if (events.Count > 0)
            kinds.Add(() => Publish(events[Next(events.Count)]));
        if (State.NextTimerDue is { } due)
            kinds.Add(() => FireTimers(due));
        if (kinds.Count == 0)
            throw new InvalidOperationException($"The instance waits on something the driver cannot resume: {string.Join(", ", State.Bookmarks.Select(b => b.Kind))}.");
        kinds[Next(kinds.Count)]();
    }

    private void CompleteTask(Bookmark bookmark)
    {
        // People take a while, so journal times move on between completions.
        _clock.AdvanceTo(_clock.Now.AddMinutes(Next(120)));
        var task = bookmark.Task!;
        var index = Next(task.Outcomes.Count);
        var chosen = task.Outcomes[index];
        var input = new ResumeInput
        {
            // Leaving the outcome out takes the first, so sometimes the default is asked for that way.
            Outcome = index == 0 && Next(2) == 0 ? null : chosen,
            Fields = SampleAnswers.For(task.Form, UkTime.Today(_clock.Now)),
            Comment = chosen == SignOff.Returned ? $"Redo, round {Trace.Count.ToString(CultureInfo.InvariantCulture)}." : null,
        };
        var actor = $"user{Next(3).ToString(CultureInfo.InvariantCulture)}@example.nhs.uk";
        var journalled = State.Journal.Count;
        var result = _engine.Resume(_blueprint, State, bookmark.Id, input, actor);
        Trace.Add($"{_clock.Now:O} task {bookmark.ActivityId} {bookmark.Id} {input.Outcome ?? "(default)"} -> {result.Resume.Status}");
        if (result.Resume.Status != ResumeStatus.Resumed)
            throw new InvalidOperationException($"Completing {bookmark.ActivityId} was {result.Resume.Status}: {string.Join("; ", result.Resume.Errors.Select(e => e.Message))}");
        var resumed = State.Journal[journalled];
        resumed.Kind.ShouldBe(JournalKind.BookmarkResumed);
        resumed.Outcome.ShouldBe(chosen, "the journal records the outcome taken, also when the default was asked for by leaving it out");
        resumed.Actor.ShouldBe(actor);
        AfterRun(result);
    }

    /// <summary>Like the host: every bookmark waiting on the name when it is published, in the order they were made.</summary>
    private void Publish(string name)
    {
        var payload = new JsonObject { ["published"] = Trace.Count };
        foreach (var bookmark in State.Bookmarks.Where(b => b.Kind == BookmarkKinds.Event && b.Key == name).ToList())
        {
            // An earlier resume may have cancelled this wait (a Wait Any join), which is fine.
            var waiting = State.Bookmarks.Contains(bookmark);
            var result = _engine.Resume(_blueprint, State, bookmark.Id, new ResumeInput { Payload = payload.DeepClone() });
            Trace.Add($"{_clock.Now:O} event {name} {bookmark.ActivityId} {bookmark.Id} -> {result.Resume.Status}");
            if (waiting && result.Resume.Status != ResumeStatus.Resumed)
                throw new InvalidOperationException($"Publishing {name} to {bookmark.ActivityId} was {result.Resume.Status}.");
            AfterRun(result);
        }
    }

    private void FireTimers(DateTimeOffset due)
    {
        _clock.AdvanceTo(due);
        var result = _engine.ResumeDueTimers(_blueprint, State);
        Trace.Add($"{_clock.Now:O} timers -> {result.Resume.Status}");
        if (result.Resume.Status != ResumeStatus.Resumed)
            throw new InvalidOperationException($"No timer was resumed at {due:O}, when one was due.");
        AfterRun(result);
    }

    private void AfterRun(RunResult result)
    {
        _inbox.Apply(result.Effects);
        _inbox.ShouldMatch(State);
        _check?.Invoke(State);
    }

    private int Next(int count)
    {
        // Once the scenario's choices run out every choice is the first, so sign-offs approve and loops end.
        var choice = _next < _choices.Length ? _choices[_next] : 0;
        _next++;
        return choice % count;
    }

    private static WorkflowState Reloaded(WorkflowState state)
    {
        state.SubStatus.ShouldBe(WorkflowSubStatus.Suspended, "a state is saved only at a suspension point");
        var json = WorkflowStateSerializer.Serialize(state);
        var copy = WorkflowStateSerializer.Deserialize(json);
        WorkflowStateSerializer.Serialize(copy).ShouldBe(json, "saving a reloaded state gives the same JSON");
        return copy;
    }
}
