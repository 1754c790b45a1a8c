using ScottPlot;

namespace PcnFlow.Load;

/// <summary>One PNG: latency p50 and p99 per endpoint for each database, and the reminders' lateness as a cumulative curve.</summary>
public static class Chart
{
    private static readonly Color[] DatabaseColours = [Colors.SteelBlue, Colors.DarkOrange];

    public static void Write(IReadOnlyList<PassResult> passes, string path)
    {
        var multiplot = new Multiplot();
        multiplot.AddPlots(2);
        multiplot.Layout = new ScottPlot.MultiplotLayouts.Columns();
        Latency(multiplot.GetPlot(0), passes);
        Lateness(multiplot.GetPlot(1), passes);
        multiplot.SavePng(path, 1700, 700);
    }

    private static void Latency(Plot plot, IReadOnlyList<PassResult> passes)
    {
        var endpoints = passes.SelectMany(p => p.Latency.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
        var width = passes.Count * 2 + 1;
        var bars = new List<Bar>();
        for (var e = 0; e < endpoints.Count; e++)
        {
            for (var d = 0; d < passes.Count; d++)
            {
                if (!passes[d].Latency.TryGetValue(endpoints[e], out var l))
                    continue;
                var colour = DatabaseColours[d % DatabaseColours.Length];
                bars.Add(new Bar { Position = e * width + d * 2, Value = l.P50, FillColor = colour.WithAlpha(0.45) });
                bars.Add(new Bar { Position = e * width + d * 2 + 1, Value = l.P99, FillColor = colour });
            }
        }
        plot.Add.Bars(bars);
        plot.Axes.Bottom.SetTicks([.. endpoints.Select((_, e) => e * width + passes.Count - 0.5)], [.. endpoints.Select(Short)]);
        plot.Axes.Bottom.TickLabelStyle.FontSize = 11;
        plot.Axes.Margins(bottom: 0);
        plot.Title("Latency during year one: p50 (pale) and p99 per endpoint");
        plot.YLabel("milliseconds");
        plot.Legend.ManualItems.AddRange(passes.Select((p, d) => new LegendItem { LabelText = p.Database, FillColor = DatabaseColours[d % DatabaseColours.Length] }));
        plot.ShowLegend(Alignment.UpperLeft);
    }

    private static void Lateness(Plot plot, IReadOnlyList<PassResult> passes)
    {
        for (var d = 0; d < passes.Count; d++)
        {
            var sorted = passes[d].Lateness.Samples.Order().ToArray();
            if (sorted.Length == 0)
                continue;
            var share = sorted.Select((_, i) => 100.0 * (i + 1) / passes[d].Lateness.Planned).ToArray();
            var line = plot.Add.ScatterLine(sorted, share);
            line.Color = DatabaseColours[d % DatabaseColours.Length];
            line.LineWidth = 2;
            line.LegendText = $"{passes[d].Database}: p99 {passes[d].Lateness.Seconds.P99:F1} s";
        }
        var goal = plot.Add.VerticalLine(5);
        goal.LinePattern = LinePattern.Dashed;
        goal.Color = Colors.Gray;
        goal.LegendText = "goal: p99 < 5 s";
        plot.Title($"Reminders due in one instant: share delivered by lateness");
        plot.XLabel("seconds after the due time (arrival at the SMTP server)");
        plot.YLabel("% delivered");
        plot.ShowLegend(Alignment.LowerRight);
    }

    // Two lines, method over path, so seven endpoints fit side by side without rotated, clipped labels.
    private static string Short(string endpoint) => endpoint.Replace("/api/", "/", StringComparison.Ordinal).Replace("/{id}/", "/{id}/\n", StringComparison.Ordinal).Replace(' ', '\n');
}
