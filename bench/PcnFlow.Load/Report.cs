using System.Globalization;
using System.Text;

namespace PcnFlow.Load;

/// <summary>The Markdown report: the figures of each pass, the ratio to the raw limit, and the peer figures beside them.</summary>
public static class Report
{
    public static string Write(IReadOnlyList<PassResult> passes, LoadOptions options, string command, string chart, DateTimeOffset at)
    {
        var s = new StringBuilder();
        Line(s, $"# Load benchmark, {at:yyyy-MM-dd}");
        Line(s);
        Line(s, $"Command: `{command}`. Machine: {Environment.ProcessorCount} cores ({Cpu()}), shared with other work; .NET {Environment.Version}.");
        Line(s, $"The real server (Release) ran as its own process, with the project's real SMTP server; {options.Clients} concurrent clients; " +
            $"{options.Icss} ICSs, {options.Pcns} PCNs. How the run works: [bench/README.md](../README.md#the-load-benchmark-benchpcnflowload).");
        Line(s);
        Line(s, "| | " + string.Join(" | ", passes.Select(p => p.Database)) + " |");
        Line(s, "|---|" + string.Concat(passes.Select(_ => "---:|")));
        Row(s, passes, "Setup (organisations, people, instances, via the API)", p => $"{p.SetupTime.TotalSeconds:F0} s for {p.Instances:N0} instances");
        Row(s, passes, "Year one: task completions and sign-off decisions", p => $"{p.Activity.Completions:N0} ({p.Activity.Returned} returned) in {p.Activity.Elapsed.TotalSeconds:F0} s");
        Row(s, passes, "**Throughput** (completions per second)", p => $"**{p.Activity.PerSecond:F1}/s**");
        Row(s, passes, "Raw limit: one insert + one update per transaction", p => $"{p.RawWritesPerSecond:F0}/s");
        Row(s, passes, "**Ratio to the raw limit** (goal ≥ 0.3)", p => $"**{p.Ratio:F3}**");
        Row(s, passes, "Completion p99 (goal < 100 ms)", p => $"{p.CompletionP99:F0} ms");
        Row(s, passes, "HTTP ceiling: the raw write behind a bare HTTP endpoint, same clients (no sign-in, ORM or engine)", p => p.BareHttp is { } h
            ? $"{h.PerSecond:F0}/s, p99 {h.P99Milliseconds:F1} ms ({h.PerSecond / p.RawWritesPerSecond:F3} of the raw limit)" : "not measured");
        Row(s, passes, "**PcnFlow over the HTTP ceiling**", p => p.BareHttp is { } h ? $"**{p.Activity.PerSecond / h.PerSecond:F3}**" : "not measured");
        Row(s, passes, "Server CPU per write of the bare HTTP endpoint", p => p.BareHttp is { } h ? $"{h.ServerCpuMsPerWrite:F2} ms" : "not measured");
        Row(s, passes, "Server CPU per completion (all its threads, background jobs included, reads in between)", p => $"{p.Activity.ServerCpuMsPerCompletion:F1} ms");
        Row(s, passes, "CPU over the activity: server / benchmark clients", p => $"{p.Activity.ServerCpu.TotalSeconds:F0} s / {p.Activity.ClientCpu.TotalSeconds:F0} s");
        Row(s, passes, "Refused requests during the activity", p => $"{p.Activity.Refused}");
        Row(s, passes, "Machine load average (1 / 5 / 15 min) at the end of the activity, on 2 cores", p => p.LoadAverage);
        Row(s, passes, "Database size at the end", p => $"{p.DatabaseBytes / 1048576.0:F0} MB");
        Row(s, passes, "Server peak private memory (RssAnon, sampled every 0.5 s)", p => $"{p.PeakMemoryBytes / 1048576.0:F0} MB");
        Row(s, passes, "E-mails received by the SMTP server", p => $"{p.EmailsReceived:N0}");
        Row(s, passes, "Reminders due in one instant: delivered", p => $"{p.Lateness.Delivered:N0} of {p.Lateness.Planned:N0}");
        Row(s, passes, "**Reminder lateness** p50 / p99 / max (goal p99 < 5 s)", p => $"**{p.Lateness.Seconds.P50:F1} / {p.Lateness.Seconds.P99:F1}** / {p.Lateness.Seconds.Max:F1} s");
        Line(s);
        foreach (var pass in passes)
            Goals(s, pass);
        Line(s);
        Line(s, $"![Latency per endpoint and reminder lateness]({chart})");
        Line(s);
        foreach (var pass in passes)
        {
            Line(s, $"## Latency per endpoint during the activity, {pass.Database} (ms)");
            Line(s);
            Line(s, "| Endpoint | Requests | p50 | p95 | p99 | max |");
            Line(s, "|---|---:|---:|---:|---:|---:|");
            foreach (var (endpoint, l) in pass.Latency)
                Line(s, $"| `{endpoint}` | {l.Count:N0} | {l.P50:F1} | {l.P95:F1} | {l.P99:F1} | {l.Max:F0} |");
            Line(s);
            Line(s, $"Setup, {pass.Database}: " + string.Join("; ", pass.SetupLatency.Select(p => $"`{p.Key}` × {p.Value.Count:N0}, p50 {p.Value.P50:F0} ms, p99 {p.Value.P99:F0} ms")) + ".");
            if (pass.Failures.Count > 0)
            {
                Line(s);
                Line(s, "Refusals: " + string.Join(", ", pass.Failures.Select(f => $"{f.Key} × {f.Value}")) + ".");
            }
            Line(s);
        }
        Line(s, "## Beside Camunda 8");
        Line(s);
        Line(s, "Camunda's own sizing guide gives a 1x SaaS cluster (11 vCPU) as about 100 tasks/s, and its self-managed baseline as about " +
            "51 completed process instances/s. The workloads differ: Camunda's figures are its benchmark process on its hardware; PcnFlow's are " +
            "the six-step and first-100-days programmes, each completion a form checked against its schema, through the HTTP API with cookie " +
            "sign-in, with inbox, notification and dashboard reads in between, the server, its database, the SMTP server and the 50 clients " +
            "all on one shared 2-core machine. Indicative, not like for like.");
        Line(s);
        Line(s, "| | Hardware | Figure |");
        Line(s, "|---|---|---:|");
        Line(s, "| Camunda 8, 1x SaaS cluster | 11 vCPU | ~100 tasks/s |");
        Line(s, "| Camunda 8, self-managed baseline | (its sizing guide) | ~51 instances/s |");
        foreach (var pass in passes)
            Line(s, $"| PcnFlow on {pass.Database} | 2 cores, shared with the clients | {pass.Activity.PerSecond:F1} tasks/s |");
        return s.ToString();
    }

    private static void Goals(StringBuilder s, PassResult p)
    {
        var throughput = p.Ratio >= 0.3 && p.CompletionP99 < 100;
        var lateness = p.Lateness.Planned == 0 ? "not measured (no reminders in this run)"
            : p.Lateness.Delivered == p.Lateness.Planned && p.Lateness.Seconds.P99 < 5 ? "met" : "not met";
        Line(s, $"- {p.Database}: throughput goal (≥ 0.3 of the raw limit with p99 < 100 ms) **{(throughput ? "met" : "not met")}**; " +
            $"reminder goal (all delivered, p99 < 5 s) **{lateness}**.");
    }

    private static void Row(StringBuilder s, IReadOnlyList<PassResult> passes, string label, Func<PassResult, string> cell) =>
        Line(s, $"| {label} | " + string.Join(" | ", passes.Select(cell)) + " |");

    private static void Line(StringBuilder s, string text = "") => s.Append(text.ToString(CultureInfo.InvariantCulture)).Append('\n');

    private static string Cpu()
    {
        try
        {
            return File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU";
        }
        catch (IOException)
        {
            return "unknown CPU";
        }
    }
}
