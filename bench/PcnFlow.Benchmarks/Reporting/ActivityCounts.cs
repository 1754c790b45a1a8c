using System.Collections.Concurrent;
using System.Reflection;
using BenchmarkDotNet.Running;
using PcnFlow.Engine.Runtime;

namespace PcnFlow.Benchmarks.Reporting;

/// <summary>How many activities a benchmark's operation executes, counted from the journal.</summary>
internal static class ActivityCounts
{
    private static readonly ConcurrentDictionary<MethodInfo, long?> Cache = new();

    /// <summary>Activities started, as the journal records them (Elsa counts activity executions the same way).</summary>
    public static long ActivitiesExecuted(this WorkflowState state)
    {
        var count = 0L;
        foreach (var entry in state.Journal)
        {
            if (entry.Kind == JournalKind.ActivityStarted)
                count++;
        }
        return count;
    }

    public static long? For(BenchmarkCase benchmark) => Cache.GetOrAdd(benchmark.Descriptor.WorkloadMethod, Count);

    private static long? Count(MethodInfo workload)
    {
        if (workload.GetCustomAttribute<ActivitiesPerOperationAttribute>() is not { } attribute)
            return null;
        var method = workload.DeclaringType!.GetMethod(attribute.CountMethod, BindingFlags.Public | BindingFlags.Static)
            ?? throw new MissingMethodException(workload.DeclaringType.Name, attribute.CountMethod);
        return (long)method.Invoke(null, null)!;
    }
}
