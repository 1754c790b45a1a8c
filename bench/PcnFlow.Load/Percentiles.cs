namespace PcnFlow.Load;

/// <summary>Nearest-rank percentiles: the value at or below which p% of the samples lie, always one of the samples.</summary>
public static class Percentiles
{
    public static double Of(IReadOnlyList<double> sorted, double p)
    {
        if (sorted.Count == 0)
            return double.NaN;
        var rank = (int)Math.Ceiling(p / 100.0 * sorted.Count);
        return sorted[Math.Clamp(rank, 1, sorted.Count) - 1];
    }

    public static Summary Summarise(IEnumerable<double> samples)
    {
        var sorted = samples.Order().ToList();
        return new Summary(sorted.Count, Of(sorted, 50), Of(sorted, 95), Of(sorted, 99), sorted.Count == 0 ? double.NaN : sorted[^1]);
    }
}

public sealed record Summary(int Count, double P50, double P95, double P99, double Max);
