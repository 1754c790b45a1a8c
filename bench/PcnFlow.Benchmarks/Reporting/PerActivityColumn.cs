using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace PcnFlow.Benchmarks.Reporting;

/// <summary>Activities per operation, and mean time and allocation divided by them.</summary>
internal sealed class PerActivityColumn : IColumn
{
    private readonly Kind _kind;

    private PerActivityColumn(Kind kind, string name, string legend)
    {
        _kind = kind;
        ColumnName = name;
        Legend = legend;
    }

    public static IColumn[] All { get; } =
    [
        new PerActivityColumn(Kind.Count, "Activities", "Activities executed per operation, counted from the journal (ActivityStarted entries)"),
        new PerActivityColumn(Kind.Time, "Mean/activity", "Mean divided by Activities"),
        new PerActivityColumn(Kind.Allocated, "Alloc/activity", "Allocated divided by Activities"),
    ];

    public string Id => nameof(PerActivityColumn) + "." + _kind;

    public string ColumnName { get; }

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => (int)_kind;

    public bool IsNumeric => true;

    public UnitType UnitType => _kind switch
    {
        Kind.Time => UnitType.Time,
        Kind.Allocated => UnitType.Size,
        _ => UnitType.Dimensionless,
    };

    public string Legend { get; }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        if (ActivityCounts.For(benchmarkCase) is not { } activities || activities == 0)
            return "-";
        var report = summary[benchmarkCase];
        return _kind switch
        {
            Kind.Count => activities.ToString("N0", CultureInfo.InvariantCulture),
            Kind.Time when report?.ResultStatistics is { } stats => Nanoseconds(stats.Mean / activities),
            Kind.Allocated when report?.GcStats.GetBytesAllocatedPerOperation(benchmarkCase) is { } bytes => Bytes((double)bytes / activities),
            _ => "-",
        };
    }

    private static string Nanoseconds(double ns) => ns switch
    {
        < 1_000 => ns.ToString("N1", CultureInfo.InvariantCulture) + " ns",
        < 1_000_000 => (ns / 1_000).ToString("N2", CultureInfo.InvariantCulture) + " μs",
        _ => (ns / 1_000_000).ToString("N2", CultureInfo.InvariantCulture) + " ms",
    };

    private static string Bytes(double bytes) => bytes < 1024
        ? bytes.ToString("N0", CultureInfo.InvariantCulture) + " B"
        : (bytes / 1024).ToString("N2", CultureInfo.InvariantCulture) + " KB";

    private enum Kind
    {
        Count,
        Time,
        Allocated,
    }
}
