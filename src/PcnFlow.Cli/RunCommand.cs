using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using PcnFlow.Engine.Calendar;
using PcnFlow.Engine.Expressions;
using PcnFlow.Engine.Hosting;
using PcnFlow.Engine.Runtime;

namespace PcnFlow.Cli;

/// <summary>
/// <c>pcnflow run FILE</c>: runs a workflow to its end with time fast-forwarded. Stdout carries only the
/// WriteLine texts; the status goes to stderr. Exit 0 finished, 3 suspended, 1 faulted, 2 invalid.
/// </summary>
internal static class RunCommand
{
    public static int Run(Arguments args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Files.Count != 1)
            return CommandLine.UsageError(stderr, "run needs exactly one file.");
        var definitions = DefinitionFiles.LoadAll(new WorkflowEngine(), [args.Files[0], .. args.All("--include")], stderr);
        if (definitions == null)
            return 2;
        var start = Dates.Parse(args.Single("--start"), "--start") ?? UkTime.Today(DateTimeOffset.UtcNow);
        var until = Dates.Parse(args.Single("--until"), "--until") ?? start.AddYears(10);
        var host = new InMemoryWorkflowHost(new SimulatedClock(UkTime.AtLocalTime(start, new TimeOnly(8, 0)))) { AutoCompleteTasks = args.Has("--complete-tasks") };
        foreach (var definition in definitions.Skip(1))
            host.Register(definition);
        host.Register(definitions[0]);

        var state = host.Start(definitions[0].DefinitionId, new StartOptions { Input = ParseInputs(args.All("--input")), Day0 = start });
        host.AdvanceTo(UkTime.AtLocalTime(until, TimeOnly.MinValue));

        foreach (var line in state.OutputLog)
            stdout.WriteLine(line);
        stderr.WriteLine($"status: {state.SubStatus}");
        foreach (var incident in state.Incidents)
            stderr.WriteLine($"incident: {incident.ActivityId ?? "(workflow)"}: {incident.Message}");
        switch (state.SubStatus)
        {
            case WorkflowSubStatus.Faulted:
                return 1;
            case WorkflowSubStatus.Suspended:
                foreach (var bookmark in state.Bookmarks)
                    stderr.WriteLine(Describe(bookmark));
                return 3;
            default:
                return 0;
        }
    }

    private static string Describe(Bookmark bookmark) => bookmark.Task is { } task
        ? $"pending: {bookmark.ActivityId}: {task.Title} ({task.OwnerRole}{(task.DueDate is { } due ? ", due " + due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "")})"
        : $"waiting: {bookmark.ActivityId}: {bookmark.Kind} {bookmark.Key}";

    private static Dictionary<string, object?> ParseInputs(IEnumerable<string> pairs)
    {
        var input = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in pairs)
        {
            var split = pair.IndexOf('=', StringComparison.Ordinal);
            if (split <= 0)
                throw new ArgumentException($"--input '{pair}' must be name=value.");
            input[pair[..split]] = ParseValue(pair[(split + 1)..]);
        }
        return input;
    }

    private static object? ParseValue(string text)
    {
        try
        {
            return LiteralConverter.FromJson(JsonNode.Parse(text));
        }
        catch (JsonException)
        {
            return text;
        }
    }
}
