using System.Globalization;
using PcnFlow.Engine.Calendar;
using PcnFlow.Engine.Hosting;
using PcnFlow.Engine.Runtime;
using PcnFlow.Engine.Tasks;

namespace PcnFlow.Benchmarks.SixStep;

/// <summary>
/// Drives six-step instances through programme year one against the engine alone, as the in-memory host does with
/// auto-completion: each task and sign-off is completed with its first outcome and example answers at 12:00 London on
/// its due date, and each timer is resumed when due. Instances share one clock, so with many of them every PCN takes
/// each step at the same simulated moment, as they would in production. Nothing is stored, no reminders are sent,
/// and the first-100-days instance the programme dispatches is not run: this is one instance's engine cost.
/// </summary>
internal sealed class SixStepYearDriver
{
    public const string DefinitionId = "six-step-development-support";

    private static readonly DateOnly Day0 = new(2019, 7, 1);
    private static readonly DateTimeOffset Begin = UkTime.AtLocalTime(Day0, new TimeOnly(8, 0));

    // The window the year-loop tests use: by then year one is signed off and year two's step 3 has opened.
    private static readonly DateTimeOffset End = UkTime.AtLocalTime(new DateOnly(2020, 6, 30), new TimeOnly(9, 0));
    private static readonly TimeOnly CompletionTime = new(12, 0);

    private readonly BenchmarkClock _clock = new(Begin);
    private readonly WorkflowEngine _engine;
    private readonly WorkflowBlueprint _blueprint;
    private readonly List<StartOptions> _starts = [];
    private readonly Dictionary<string, ResumeInput> _answers = new(StringComparer.Ordinal);
    private readonly PriorityQueue<Step, (DateTimeOffset At, int Instance)> _queue = new();

    public SixStepYearDriver()
    {
        _engine = new WorkflowEngine(new WorkflowEngineOptions { TimeProvider = _clock });
        _blueprint = _engine.Compile(WorkflowFiles.Programme(DefinitionId));
    }

    /// <summary>
    /// Runs <paramref name="instances"/> instances side by side to the end of year one, all in memory on one clock;
    /// <paramref name="suspended"/> sees each state whenever the engine hands it back.
    /// </summary>
    public WorkflowState[] Run(int instances, Action<WorkflowState>? suspended = null)
    {
        var states = new WorkflowState[instances];
        Run(states, 0, instances, suspended);
        return states;
    }

    /// <summary>Runs the instances one at a time, each to the end of year one, keeping every final state.</summary>
    public WorkflowState[] RunOneAfterAnother(int instances)
    {
        var states = new WorkflowState[instances];
        for (var i = 0; i < instances; i++)
            Run(states, i, 1, suspended: null);
        return states;
    }

    private void Run(WorkflowState[] states, int first, int count, Action<WorkflowState>? suspended)
    {
        _clock.Set(Begin);
        _queue.Clear();
        for (var i = first; i < first + count; i++)
        {
            states[i] = _engine.Start(_blueprint, StartOptionsFor(i)).State;
            suspended?.Invoke(states[i]);
            ScheduleNext(states[i], i);
        }
        while (_queue.TryDequeue(out var step, out var when) && when.At <= End)
        {
            _clock.Set(when.At);
            var state = states[when.Instance];
            var result = _engine.Resume(_blueprint, state, step.BookmarkId, step.Input, step.Actor);
            if (result.Resume.Status != ResumeStatus.Resumed)
                throw new InvalidOperationException($"Resuming {step.BookmarkId} of {state.InstanceId} was {result.Resume.Status}.");
            suspended?.Invoke(state);
            ScheduleNext(state, when.Instance);
        }
    }

    /// <summary>Fails loudly unless the instance signed off all six steps and started year two, as the year-loop tests expect.</summary>
    public static WorkflowState Check(WorkflowState state)
    {
        var year = Convert.ToInt32(state.Variables["Year"], CultureInfo.InvariantCulture);
        if (state.Status != WorkflowStatus.Running || state.Incidents.Count > 0 || year != 2 || state.OutputLog.Count != 9 || state.OutputLog[^1] != "Programme year complete")
            throw new InvalidOperationException($"The six-step year ended {state.SubStatus} in year {year} with {state.Incidents.Count} incidents and output [{string.Join(", ", state.OutputLog)}].");
        return state;
    }

    private StartOptions StartOptionsFor(int index)
    {
        while (_starts.Count <= index)
        {
            var pcn = $"PCN {_starts.Count + 1:D4}";
            _starts.Add(new StartOptions
            {
                InstanceId = $"six-step-{_starts.Count + 1:D4}",
                Day0 = Day0,
                PcnName = pcn,
                Input = new Dictionary<string, object?> { ["pcnName"] = pcn, ["day0"] = "2019-07-01" },
                Actor = "lead@ics.nhs.uk",
            });
        }
        return _starts[index];
    }

    /// <summary>Queues the instance's earliest due timer or task completion, if it has one.</summary>
    private void ScheduleNext(WorkflowState state, int index)
    {
        Step? best = null;
        var bestAt = DateTimeOffset.MaxValue;
        foreach (var bookmark in state.Bookmarks)
        {
            if (bookmark.Kind == BookmarkKinds.Timer && bookmark.DueAt is { } due && due < bestAt)
                (best, bestAt) = (new Step(bookmark.Id, ResumeInput.Empty, "system"), due);
            if (bookmark.Task is { } task && CompletionTimeOf(task) is var at && at < bestAt)
                (best, bestAt) = (new Step(bookmark.Id, AnswersFor(bookmark.ActivityId, task), "auto"), at);
        }
        if (best is { } step)
            _queue.Enqueue(step, (bestAt, index));
    }

    private static DateTimeOffset CompletionTimeOf(HumanTaskPayload task)
    {
        if (task.DueDate is not { } due)
            return task.OpenedAt;
        var at = UkTime.AtLocalTime(due, CompletionTime);
        return at < task.OpenedAt ? task.OpenedAt : at;
    }

    // Answers are built once per activity and reused: they stand for what a person submits, which is not engine work, and the engine copies what it keeps.
    private ResumeInput AnswersFor(string activityId, HumanTaskPayload task)
    {
        if (!_answers.TryGetValue(activityId, out var input))
        {
            input = new ResumeInput { Outcome = task.Outcomes[0], Fields = SampleAnswers.For(task.Form, UkTime.Today(_clock.GetUtcNow())) };
            _answers[activityId] = input;
        }
        return input;
    }

    private readonly record struct Step(string BookmarkId, ResumeInput Input, string Actor);
}
