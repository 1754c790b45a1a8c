using System.Globalization;
using System.Text;
using System.Text.Json;
using PcnFlow.Engine.Runtime;
using PcnFlow.Engine.Scheduling;

namespace PcnFlow.Cli;

/// <summary><c>pcnflow simulate FILE --start DATE</c>: the projected timeline as a table, JSON or CSV.</summary>
internal static class SimulateCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static int Run(Arguments args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Files.Count != 1)
            return CommandLine.UsageError(stderr, "simulate needs exactly one file.");
        var start = Dates.Parse(args.Single("--start"), "--start") ?? throw new ArgumentException("simulate needs --start YYYY-MM-DD.");
        var days = int.TryParse(args.Single("--days") ?? "366", CultureInfo.InvariantCulture, out var d) && d > 0 ? d : throw new ArgumentException("--days must be a positive whole number.");
        var format = args.Single("--format") ?? "table";
        if (format is not ("table" or "json" or "csv"))
            throw new ArgumentException("--format must be table, json or csv.");
        var definitions = DefinitionFiles.LoadAll(new WorkflowEngine(), [args.Files[0], .. args.All("--include")], stderr);
        if (definitions == null)
            return 2;
        var timeline = TimelineSimulator.Simulate(definitions[0], definitions.Skip(1), start, days);
        stdout.Write(format switch
        {
            "json" => JsonSerializer.Serialize(timeline, Json) + Environment.NewLine,
            "csv" => Csv(timeline),
            _ => Table(timeline),
        });
        return 0;
    }

    private static string Csv(IEnumerable<TimelineEntry> timeline)
    {
        var text = new StringBuilder("date,kind,title,stage,owner,due,activityId,programme\n");
        foreach (var e in timeline)
            text.AppendLine(string.Join(',', Iso(e.Date), e.Kind, Quote(e.Title), Quote(e.Stage), Quote(e.Owner), e.Due is { } due ? Iso(due) : "", e.ActivityId, Quote(e.Programme)));
        return text.ToString();
    }

    private static string Table(IEnumerable<TimelineEntry> timeline)
    {
        var text = new StringBuilder();
        text.AppendLine($"{"Date",-10}  {"Kind",-12}  {"Owner",-16}  {"Due",-10}  {"Stage",-34}  Title");
        foreach (var e in timeline)
            text.AppendLine($"{Iso(e.Date),-10}  {e.Kind,-12}  {e.Owner,-16}  {(e.Due is { } due ? Iso(due) : ""),-10}  {Truncate(e.Stage, 34),-34}  {e.Title}");
        return text.ToString();
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Truncate(string? text, int length) => text == null ? "" : text.Length <= length ? text : text[..(length - 1)] + "…";

    private static string Quote(string? text) => text == null ? "" : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
