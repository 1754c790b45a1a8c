using System.Globalization;
using System.Text.Json.Nodes;
using PcnFlow.Engine.Tasks;
using PcnFlow.Engine.Tests.Activities;

namespace PcnFlow.Engine.Tests.Properties;

/// <summary>
/// Writes a tree of <see cref="Step"/>s as an Elsa 3 workflow definition. Every tree gives a valid
/// definition: steps after an End or Fault are left out (they could never run), and a nested flowchart
/// whose first activity is looped back to gets an Elsa.Start so its start is unambiguous.
/// </summary>
internal sealed class ScenarioWriter
{
    public const int VariableCount = 3;
    public const int EventNameCount = 2;
    public const string FaultMessage = "Deliberate fault";

    private static readonly string[] OwnerRoles = [Roles.ClinicalDirector, Roles.ProgrammeLead, Roles.PracticeManager];
    private readonly List<(string Id, string FirstOutcome)> _tasks = [];
    private int _next;
    private int _counters;

    private ScenarioWriter()
    {
    }

    /// <summary>The definition JSON for <paramref name="steps"/>, run after an Elsa.Start.</summary>
    public static string Json(IReadOnlyList<Step> steps) => new ScenarioWriter().Write(steps);

    public static string EventName(int index) => "ev" + index.ToString(CultureInfo.InvariantCulture);

    private string Write(IReadOnlyList<Step> steps)
    {
        var root = new Chart();
        var start = Add(root, "start", "Elsa.Start");
        Sequence(root, steps, [new Exit(start, "Done")]);
        var variables = new JsonArray();
        for (var i = 0; i < VariableCount; i++)
            variables.Add(Variable("v" + i.ToString(CultureInfo.InvariantCulture), (i * 7 % 10).ToString(CultureInfo.InvariantCulture)));
        for (var i = 0; i < _counters; i++)
            variables.Add(Variable(Counter(i), "0"));
        var definition = new JsonObject
        {
            ["id"] = "generated-v1",
            ["definitionId"] = "generated",
            ["name"] = "Generated flowchart",
            ["version"] = 1,
            ["variables"] = variables,
            ["root"] = root.ToJson("root"),
        };
        return definition.ToJsonString();
    }

    /// <summary>Emits steps in order; returns the first activity emitted (if any) and the exits still to connect.</summary>
    private (string? Entry, List<Exit> Exits) Sequence(Chart chart, IReadOnlyList<Step> steps, List<Exit> incoming, List<(string Entry, int Tasks)>? starts = null)
    {
        string? entry = null;
        var exits = incoming;
        foreach (var step in steps)
        {
            if (exits.Count == 0)
                break;
            var tasks = _tasks.Count;
            var (first, next) = Emit(chart, step, exits);
            starts?.Add((first, tasks));
            entry ??= first;
            exits = next;
        }
        return (entry, exits);
    }

    private (string Entry, List<Exit> Exits) Emit(Chart chart, Step step, List<Exit> incoming) => step switch
    {
        Write write => Single(chart, incoming, EmitWrite(chart, write)),
        Assign assign => Single(chart, incoming, EmitAssign(chart, assign)),
        Wait wait => Single(chart, incoming, Add(chart, wait.Timer ? "timer" : "delay", wait.Timer ? "Elsa.Timer" : "Elsa.Delay",
            (wait.Timer ? "interval" : "timeSpan", Duration(wait.Duration)))),
        Await await => Single(chart, incoming, Add(chart, "event", "Elsa.Event", ("eventName", In.Lit(EventName(await.Name))))),
        Stop stop => (Connect(chart, incoming, stop.Fault
            ? Add(chart, "fault", "Elsa.Fault", ("message", In.Lit(FaultMessage)))
            : Add(chart, "end", "Elsa.End")), []),
        Nested nested => Single(chart, incoming, EmitNested(chart, nested)),
        Decide decide => EmitDecide(chart, decide, incoming),
        Fork fork => EmitFork(chart, fork, incoming),
        Loop loop => EmitLoop(chart, loop, incoming),
        Ask ask => EmitAsk(chart, ask, incoming),
        Approve approve => EmitApprove(chart, approve, incoming),
        _ => throw new ArgumentOutOfRangeException(nameof(step), step, "Unknown step."),
    };

    private static (string Entry, List<Exit> Exits) Single(Chart chart, List<Exit> incoming, string id) =>
        (Connect(chart, incoming, id), [new Exit(id, "Done")]);

    private string EmitWrite(Chart chart, Write write)
    {
        var id = NextId("write");
        var text = write.Style switch
        {
            TextStyle.Script => In.Js($"'{id} ' + getVariable('{VariableName(write.Variable, write.Capitals)}')", "String"),
            TextStyle.Liquid => In.Liquid($"{id} {{{{ variables.v{write.Variable} }}}}"),
            _ => In.Lit(id),
        };
        return Place(chart, id, "Elsa.WriteLine", ("text", text));
    }

    private string EmitAssign(Chart chart, Assign assign)
    {
        var name = VariableName(assign.Variable, assign.Capitals);
        var value = assign.Literal
            ? In.Lit(assign.Delta.ToString(CultureInfo.InvariantCulture), "Int32")
            : In.Js($"(getVariable('{name}') + {assign.Delta.ToString(CultureInfo.InvariantCulture)}) % 50");
        return Add(chart, "set", "Elsa.SetVariable", ("variable", new JsonObject { ["name"] = name }), ("value", value));
    }

    private string EmitNested(Chart chart, Nested nested)
    {
        var inner = new Chart();
        // Without an Elsa.Start the start is the first activity nothing leads into, which a loop's back edge would hide.
        var needsStart = nested.WithStart || nested.Body is [Approve, ..];
        var incoming = needsStart ? [new Exit(Add(inner, "start", "Elsa.Start"), "Done")] : new List<Exit> { new("", "") };
        var (entry, exits) = Sequence(inner, nested.Body, incoming);
        if (nested.EndsWithEnd && exits.Count > 0 && (needsStart || entry != null))
            Connect(inner, exits, Add(inner, "end", "Elsa.End"));
        var id = NextId("flowchart");
        chart.Activities.Add(inner.ToJson(id));
        return id;
    }

    private (string Entry, List<Exit> Exits) EmitDecide(Chart chart, Decide decide, List<Exit> incoming)
    {
        var id = Add(chart, "decide", "Elsa.FlowDecision", ("condition", In.Js(ConditionScript(decide), "Boolean")));
        Connect(chart, incoming, id);
        var exits = Sequence(chart, decide.Then, [new Exit(id, "True")]).Exits;
        exits.AddRange(Sequence(chart, decide.Else, [new Exit(id, "False")]).Exits);
        return (id, Merge(chart, exits, decide.ExplicitMerge ? "WaitAny" : null));
    }

    private (string Entry, List<Exit> Exits) EmitFork(Chart chart, Fork fork, List<Exit> incoming)
    {
        var ports = fork.Branches.Select((_, i) => "B" + (i + 1).ToString(CultureInfo.InvariantCulture)).ToArray();
        var id = Add(chart, "fork", "Elsa.FlowFork", ("branches", In.Lit(string.Join(",", ports))));
        Connect(chart, incoming, id);
        var exits = new List<Exit>();
        for (var i = 0; i < fork.Branches.Length; i++)
            exits.AddRange(Sequence(chart, fork.Branches[i], [new Exit(id, ports[i])]).Exits);
        return (id, Merge(chart, exits, fork.Mode));
    }

    private (string Entry, List<Exit> Exits) EmitLoop(Chart chart, Loop loop, List<Exit> incoming)
    {
        var counter = Counter(_counters++);
        var init = Add(chart, "init", "Elsa.SetVariable", ("variable", new JsonObject { ["name"] = counter }), ("value", In.Lit("0", "Int32")));
        Connect(chart, incoming, init);
        var (entry, exits) = Sequence(chart, loop.Body, [new Exit(init, "Done")]);
        if (exits.Count == 0)
            return (init, []);
        var increment = Add(chart, "inc", "Elsa.SetVariable", ("variable", new JsonObject { ["name"] = counter }), ("value", In.Js($"getVariable('{counter}') + 1")));
        Connect(chart, exits, increment);
        var again = Add(chart, "again", "Elsa.FlowDecision", ("condition", In.Js($"getVariable('{counter}') < {loop.Times.ToString(CultureInfo.InvariantCulture)}", "Boolean")));
        Connect(chart, [new Exit(increment, "Done")], again);
        Connect(chart, [new Exit(again, "True")], entry ?? increment);
        return (init, [new Exit(again, "False")]);
    }

    private (string Entry, List<Exit> Exits) EmitAsk(Chart chart, Ask ask, List<Exit> incoming)
    {
        var n = _next + 1;
        var properties = new List<(string, JsonNode?)>
        {
            ("title", n % 2 == 0 ? In.Liquid("Task {{ variables.v0 }}") : In.Lit("Task " + n.ToString(CultureInfo.InvariantCulture))),
            ("ownerRole", In.Lit(OwnerRoles[n % OwnerRoles.Length])),
        };
        if (ask.Outcomes is not ["Done"])
            properties.Add(("outcomes", In.Obj(new JsonArray([.. ask.Outcomes.Select(o => (JsonNode?)o)]).ToJsonString())));
        if (ask.WithForm)
            properties.Add(("form", In.Obj("""{ "fields": [ { "name": "summary", "label": "Summary", "kind": "text", "required": true }, { "name": "score", "label": "Score", "kind": "number", "min": 1, "max": 5 } ] }""")));
        if (ask.WithDue)
        {
            properties.Add(("due", In.Lit("P3D")));
            properties.Add(("workingDays", In.Lit("true", "Boolean")));
            properties.Add(("reminders", In.Obj("""["-P1D"]""")));
        }
        var id = Add(chart, "task", "PcnFlow.HumanTask", [.. properties]);
        Connect(chart, incoming, id);
        _tasks.Add((id, ask.Outcomes[0]));
        var exits = new List<Exit>();
        for (var i = 0; i < ask.Outcomes.Length; i++)
            exits.AddRange(Sequence(chart, i < ask.Branches.Length ? ask.Branches[i] : [], [new Exit(id, ask.Outcomes[i])]).Exits);
        return (id, exits);
    }

    private (string Entry, List<Exit> Exits) EmitApprove(Chart chart, Approve approve, List<Exit> incoming)
    {
        var starts = new List<(string Entry, int Tasks)>();
        var (entry, exits) = Sequence(chart, approve.Work, incoming, starts);
        if (exits.Count == 0)
            return (entry!, []);
        // Every work step runs before the sign-off, so a return to the start of any of them loops over a whole path.
        var (returnTo, firstTask) = starts.Count == 0 ? ((string?)null, _tasks.Count) : starts[Math.Min(approve.ReturnTo, starts.Count - 1)];
        var signsOff = new JsonArray([.. _tasks.Skip(firstTask).Select(t => (JsonNode?)t.Id)]);
        var id = Add(chart, "signoff", "PcnFlow.SignOff",
            ("title", In.Lit("Sign off")), ("approverRole", In.Lit(Roles.ProgrammeLead)), ("signsOff", In.Obj(signsOff.ToJsonString())));
        Connect(chart, exits, id);
        Connect(chart, [new Exit(id, "Returned")], returnTo ?? id);
        return (entry ?? id, [new Exit(id, "Approved")]);
    }

    /// <summary>Branches meet at an explicit join in <paramref name="mode"/>, or (mode null) at whatever comes next, an implicit join.</summary>
    private List<Exit> Merge(Chart chart, List<Exit> exits, string? mode)
    {
        if (mode == null || exits.Count == 0)
            return exits;
        var join = Add(chart, "join", "Elsa.FlowJoin", ("mode", In.Lit(mode)));
        Connect(chart, exits, join);
        return [new Exit(join, "Done")];
    }

    private string ConditionScript(Decide decide)
    {
        var name = VariableName(decide.Variable, decide.Capitals);
        var threshold = decide.Threshold.ToString(CultureInfo.InvariantCulture);
        return decide.Condition switch
        {
            Condition.LastTaskTookFirstOutcome when _tasks.Count > 0 =>
                $"(getTask('{_tasks[^1].Id}') || {{}}).outcome === '{_tasks[^1].FirstOutcome}'",
            Condition.Even => $"variables.{name.ToLowerInvariant()} % 2 === 0",
            _ => $"getVariable('{name}') > {threshold}",
        };
    }

    private static JsonObject Duration(string duration) =>
        duration.StartsWith("js:", StringComparison.Ordinal) ? In.Js(duration[3..]) : In.Lit(duration);

    private static string VariableName(int index, bool capitals) =>
        (capitals ? "V" : "v") + index.ToString(CultureInfo.InvariantCulture);

    private static string Counter(int index) => "c" + index.ToString(CultureInfo.InvariantCulture);

    private static JsonObject Variable(string name, string value) =>
        new() { ["id"] = "var-" + name, ["name"] = name, ["typeName"] = "Int32", ["value"] = value };

    private string NextId(string prefix) => prefix + (++_next).ToString(CultureInfo.InvariantCulture);

    private string Add(Chart chart, string prefix, string type, params (string Name, JsonNode? Value)[] properties) =>
        Place(chart, NextId(prefix), type, properties);

    private static string Place(Chart chart, string id, string type, params (string Name, JsonNode? Value)[] properties)
    {
        var activity = new JsonObject { ["id"] = id, ["type"] = type, ["version"] = 1 };
        foreach (var (name, value) in properties)
            activity[name] = value?.DeepClone();
        chart.Activities.Add(activity);
        return id;
    }

    private static string Connect(Chart chart, List<Exit> from, string to)
    {
        foreach (var exit in from)
        {
            if (exit.Activity.Length == 0)
                continue;
            chart.Connections.Add(new JsonObject
            {
                ["source"] = new JsonObject { ["activity"] = exit.Activity, ["port"] = exit.Port },
                ["target"] = new JsonObject { ["activity"] = to, ["port"] = "In" },
            });
        }
        return to;
    }

    private readonly record struct Exit(string Activity, string Port);

    private sealed class Chart
    {
        public JsonArray Activities { get; } = [];

        public JsonArray Connections { get; } = [];

        public JsonObject ToJson(string id) => new()
        {
            ["id"] = id,
            ["type"] = "Elsa.Flowchart",
            ["version"] = 1,
            ["activities"] = Activities,
            ["connections"] = Connections,
        };
    }
}
