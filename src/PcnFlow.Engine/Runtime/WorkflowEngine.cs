using PcnFlow.Engine.Calendar;
using PcnFlow.Engine.Definitions;
using PcnFlow.Engine.Expressions;

namespace PcnFlow.Engine.Runtime;

/// <summary>
/// Validates and compiles definitions, and starts, resumes and cancels instances. It keeps no instance
/// state of its own and does no I/O: the caller stores <see cref="WorkflowState"/> and carries out the
/// returned effects. Safe to share across threads.
/// </summary>
public sealed partial class WorkflowEngine
{
    // Jint engines are costly to build and not thread-safe, so each thread keeps one per options instance.
    [ThreadStatic]
    private static JavaScriptEvaluator? t_javaScript;

    [ThreadStatic]
    private static ExpressionOptions? t_javaScriptOptions;

    /// <summary>Creates an engine.</summary>
    public WorkflowEngine(WorkflowEngineOptions? options = null)
    {
        Options = options ?? new WorkflowEngineOptions();
        Liquid = new LiquidRenderer(Options.Expressions);
    }

    /// <summary>The options in force.</summary>
    public WorkflowEngineOptions Options { get; }

    internal JavaScriptEvaluator JavaScript
    {
        get
        {
            if (t_javaScript == null || !ReferenceEquals(t_javaScriptOptions, Options.Expressions))
            {
                t_javaScript = new JavaScriptEvaluator(Options.Expressions);
                t_javaScriptOptions = Options.Expressions;
            }
            return t_javaScript;
        }
    }

    internal LiquidRenderer Liquid { get; }

    /// <summary>Every problem in a definition; empty when it is valid.</summary>
    public IReadOnlyList<DefinitionProblem> Validate(WorkflowDefinition definition)
    {
        TryCompile(definition, out _, out var problems);
        return problems;
    }

    /// <summary>Every problem in definition JSON, including JSON shape problems; empty when it is valid.</summary>
    public IReadOnlyList<DefinitionProblem> Validate(string json)
    {
        var read = WorkflowDefinitionReader.Read(json);
        return read.Definition == null ? read.Problems : Validate(read.Definition);
    }

    /// <summary>Compiles a definition, or refuses it whole with every problem.</summary>
    public WorkflowBlueprint Compile(WorkflowDefinition definition) =>
        TryCompile(definition, out var blueprint, out var problems) ? blueprint : throw new InvalidDefinitionException(problems);

    /// <summary>Compiles a definition; false with every problem when it is invalid.</summary>
    public bool TryCompile(WorkflowDefinition definition, out WorkflowBlueprint blueprint, out IReadOnlyList<DefinitionProblem> problems)
    {
        var compiler = new ActivityCompiler(Options.Registry, definition);
        if (definition.Root.Type is not ("Elsa.Flowchart" or "Elsa.Sequence"))
            compiler.Problem(definition.Root.Id, definition.Root.JsonPath + ".type", $"The root activity must be an Elsa.Flowchart, not '{definition.Root.Type}'.", "bad-root");
        foreach (var variable in definition.Variables)
        {
            try
            {
                LiteralConverter.ConvertTo(LiteralConverter.FromJson(variable.Value), variable.TypeName);
            }
            catch (Exception ex) when (ex is FormatException or InvalidCastException or OverflowException)
            {
                compiler.Problem(null, "$.variables", $"The variable '{variable.Name}' starts with '{variable.Value}', which is not a valid {variable.TypeName}.", "bad-variable");
            }
        }
        var root = compiler.Compile(definition.Root, null);
        compiler.ReportUnknownTypes();
        problems = compiler.Problems;
        blueprint = root == null || problems.Count > 0 ? null! : new WorkflowBlueprint(definition, root, compiler.ById);
        return problems.Count == 0 && root != null;
    }

    /// <summary>Starts an instance and runs it until it finishes or waits.</summary>
    public RunResult Start(WorkflowBlueprint blueprint, StartOptions? options = null)
    {
        options ??= new StartOptions();
        var now = Options.TimeProvider.GetUtcNow();
        var state = InitialState.Create(blueprint.Definition, options, now);
        var run = new WorkflowRun(this, blueprint, state, options.Actor);
        run.Start();
        return new RunResult(state, ResumeResult.Resumed, run.Effects);
    }

    /// <summary>
    /// Resumes a bookmark. Resuming one that was already resumed changes nothing and reports
    /// <see cref="ResumeStatus.AlreadyResumed"/>; rejected input changes nothing either. A bookmark whose
    /// waiting activity is missing from the state is dropped, the instance faults with an incident, and
    /// <see cref="ResumeStatus.NotFound"/> is reported.
    /// </summary>
    public RunResult Resume(WorkflowBlueprint blueprint, WorkflowState state, string bookmarkId, ResumeInput? input = null, string actor = "system")
    {
        var run = new WorkflowRun(this, blueprint, state, actor);
        var result = run.Resume(bookmarkId, input ?? ResumeInput.Empty);
        return new RunResult(state, result, run.Effects);
    }

    /// <summary>
    /// Resumes every timer bookmark due by now, earliest first, and returns the combined effects. A due timer
    /// whose activity is gone faults the instance (see <see cref="Resume"/>) rather than being retried.
    /// </summary>
    public RunResult ResumeDueTimers(WorkflowBlueprint blueprint, WorkflowState state, string actor = "system")
    {
        var now = Options.TimeProvider.GetUtcNow();
        var effects = new List<WorkflowEffect>();
        var resumed = false;
        // Each bookmark is tried once, so one that cannot be resumed can never keep this loop going.
        var tried = new HashSet<string>(StringComparer.Ordinal);
        while (state.Status == WorkflowStatus.Running)
        {
            var due = state.Bookmarks.Where(b => b.DueAt <= now && b.Kind == BookmarkKinds.Timer && !tried.Contains(b.Id))
                .OrderBy(b => b.DueAt).ThenBy(b => b.CreatedAt).FirstOrDefault();
            if (due == null)
                break;
            tried.Add(due.Id);
            var result = Resume(blueprint, state, due.Id, ResumeInput.Empty, actor);
            effects.AddRange(result.Effects);
            resumed |= result.Resume.Status == ResumeStatus.Resumed;
        }
        return new RunResult(state, resumed ? ResumeResult.Resumed : ResumeResult.NotFound, effects);
    }

    /// <summary>Cancels an instance: every open task closes and nothing further runs.</summary>
    public RunResult Cancel(WorkflowBlueprint blueprint, WorkflowState state, string actor, string? reason = null)
    {
        var run = new WorkflowRun(this, blueprint, state, actor);
        run.Cancel(reason);
        return new RunResult(state, ResumeResult.Resumed, run.Effects);
    }

    /// <summary>The working-day calendar used for due dates.</summary>
    public static WorkingDayCalendar Calendar => WorkingDayCalendar.EnglandAndWales;
}
