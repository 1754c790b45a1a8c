namespace PcnFlow.Benchmarks.Reporting;

/// <summary>
/// Names a public static method of the benchmark class that returns how many activities one operation executes,
/// so the summary can show time and allocation per activity. The method runs once, in the reporting process.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class ActivitiesPerOperationAttribute(string countMethod) : Attribute
{
    public string CountMethod { get; } = countMethod;
}
