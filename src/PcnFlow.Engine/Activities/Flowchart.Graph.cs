using PcnFlow.Engine.Definitions;
using PcnFlow.Engine.Runtime;

namespace PcnFlow.Engine.Activities;

public sealed partial class Flowchart
{
    private readonly List<Activity> _activities = [];
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<FlowConnection> _connections = [];
    private List<FlowConnection>[] _outbound = [];
    private List<FlowConnection>[] _forwardInbound = [];
    private ulong[][] _reach = [];
    private int _start = -1;

    /// <summary>A compiled connection. Back edges close loops and never wait at joins.</summary>
    private sealed record FlowConnection(int Index, int Source, string Port, int Target)
    {
        public bool IsBackEdge { get; set; }
    }

    private void BuildGraph(ActivityCompiler compiler)
    {
        for (var i = 0; i < _activities.Count; i++)
            _index[_activities[i].Id] = i;
        _outbound = [.. _activities.Select(_ => new List<FlowConnection>())];
        _forwardInbound = [.. _activities.Select(_ => new List<FlowConnection>())];
        var hasInbound = new bool[_activities.Count];
        var afterUnknown = new List<int>();

        foreach (var connection in Definition.Connections ?? [])
        {
            if (!TryResolve(compiler, connection, out var source, out var target))
            {
                // The path may well go on through an activity of unknown type; that is reported once, not as everything after it.
                if (compiler.IsUnknown(connection.Source.Activity) && _index.TryGetValue(connection.Target.Activity, out var next))
                    afterUnknown.Add(next);
                continue;
            }
            var flow = new FlowConnection(_connections.Count, source, connection.Source.Port, target);
            _connections.Add(flow);
            _outbound[source].Add(flow);
            hasInbound[target] = true;
        }
        _start = FindStart(hasInbound);
        if (_start < 0 && _activities.Count > 0)
            compiler.Problem(Id, Definition.JsonPath, $"'{Definition.Label}' has no start activity: add an Elsa.Start, or leave one activity with nothing leading into it.", "no-start");
        var reached = MarkBackEdges();
        MarkReachedFrom(afterUnknown, reached);
        for (var i = 0; i < _activities.Count; i++)
        {
            if (_start >= 0 && !reached[i])
            {
                var activity = _activities[i].Definition;
                compiler.Problem(activity.Id, activity.JsonPath, $"'{activity.Label}' can never run: no connection leads to it from the start of '{Definition.Label}'.", "unreachable");
            }
        }
        foreach (var connection in _connections)
        {
            if (!connection.IsBackEdge)
                _forwardInbound[connection.Target].Add(connection);
        }
        _reach = ForwardReach();
    }

    private bool TryResolve(ActivityCompiler compiler, ConnectionDefinition connection, out int source, out int target)
    {
        var found = _index.TryGetValue(connection.Source.Activity, out source);
        found &= _index.TryGetValue(connection.Target.Activity, out target);
        if (!found)
        {
            foreach (var endpoint in new[] { connection.Source, connection.Target })
            {
                if (!_index.ContainsKey(endpoint.Activity) && !compiler.IsUnknown(endpoint.Activity))
                    compiler.Problem(endpoint.Activity, connection.JsonPath, $"A connection in '{Definition.Label}' refers to '{endpoint.Activity}', which is not an activity in this flowchart.", "missing-activity");
            }
            return false;
        }
        var ports = _activities[source].Ports;
        if (!ports.Contains(connection.Source.Port, StringComparer.OrdinalIgnoreCase) && ports.Count > 0)
        {
            var label = _activities[source].Definition.Label;
            compiler.Problem(connection.Source.Activity, connection.JsonPath + ".source.port", $"'{label}' has no outcome '{connection.Source.Port}'. Its outcomes are: {string.Join(", ", ports)}.", "missing-port");
            return false;
        }
        if (!string.Equals(connection.Target.Port, "In", StringComparison.OrdinalIgnoreCase))
        {
            compiler.Problem(connection.Target.Activity, connection.JsonPath + ".target.port", $"A connection enters '{_activities[target].Definition.Label}' at port '{connection.Target.Port}'; connections must enter at 'In'.", "missing-port");
            return false;
        }
        return true;
    }

    /// <summary>Elsa's start rule: an explicit <c>start</c>, else an Elsa.Start, else the first activity nothing leads into.</summary>
    private int FindStart(bool[] hasInbound)
    {
        if (Definition.Extras["start"] is System.Text.Json.Nodes.JsonValue v && v.TryGetValue<string>(out var startId) && _index.TryGetValue(startId, out var explicitStart))
            return explicitStart;
        var typed = _activities.FindIndex(a => a is Start);
        if (typed >= 0)
            return typed;
        for (var i = 0; i < _activities.Count; i++)
        {
            if (!hasInbound[i])
                return i;
        }
        return -1;
    }

    /// <summary>Depth-first from the start: a connection into an activity still on the stack closes a loop.</summary>
    private bool[] MarkBackEdges()
    {
        var reached = new bool[_activities.Count];
        if (_start < 0)
            return reached;
        var onStack = new bool[_activities.Count];
        var stack = new Stack<(int Node, int Next)>();
        stack.Push((_start, 0));
        reached[_start] = onStack[_start] = true;
        while (stack.Count > 0)
        {
            var (node, next) = stack.Pop();
            if (next >= _outbound[node].Count)
            {
                onStack[node] = false;
                continue;
            }
            stack.Push((node, next + 1));
            var connection = _outbound[node][next];
            if (onStack[connection.Target])
                connection.IsBackEdge = true;
            else if (!reached[connection.Target])
            {
                reached[connection.Target] = onStack[connection.Target] = true;
                stack.Push((connection.Target, 0));
            }
        }
        return reached;
    }

    private void MarkReachedFrom(List<int> seeds, bool[] reached)
    {
        var pending = new Stack<int>(seeds);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (reached[node])
                continue;
            reached[node] = true;
            foreach (var connection in _outbound[node])
                pending.Push(connection.Target);
        }
    }

    /// <summary>For each activity, the set of activities reachable from it along forward connections (itself included).</summary>
    private ulong[][] ForwardReach()
    {
        var n = _activities.Count;
        var words = (n + 63) / 64;
        var reach = new ulong[n][];
        var visited = new bool[n];
        for (var i = 0; i < n; i++)
            Visit(i);
        return reach;

        void Visit(int node)
        {
            if (visited[node])
                return;
            visited[node] = true;
            var bits = new ulong[words];
            bits[node / 64] |= 1UL << (node % 64);
            foreach (var connection in _outbound[node])
            {
                if (connection.IsBackEdge)
                    continue;
                Visit(connection.Target);
                var other = reach[connection.Target];
                if (other == null)
                    continue; // a cycle among activities the start cannot reach; validation reports them
                for (var w = 0; w < words; w++)
                    bits[w] |= other[w];
            }
            reach[node] = bits;
        }
    }

    private bool CanReach(int from, int to) => (_reach[from][to / 64] & (1UL << (to % 64))) != 0;
}
