using System.Globalization;

namespace PcnFlow.Resilience.Tests.Infrastructure;

/// <summary>The suite's sizes, from environment variables, so CI runs it small and a full run is one command.</summary>
public static class Settings
{
    /// <summary>Reminders in the two-node suite; default 1,000.</summary>
    public static int ClusterReminders => Int("PCNFLOW_RESILIENCE_REMINDERS") ?? 1000;

    /// <summary>kill -9 rounds in the SQLite crash suite; default 20.</summary>
    public static int Kills => Int("PCNFLOW_RESILIENCE_KILLS") ?? 20;

    /// <summary>Tasks (each with a reminder, then a sign-off) in the SQLite crash suite; default 200.</summary>
    public static int CrashTasks => Int("PCNFLOW_RESILIENCE_CRASH_TASKS") ?? 200;

    /// <summary>Hostile-script instances in the memory suite, each trying to allocate far past the script memory limit; default 20.</summary>
    public static int HostileRuns => Int("PCNFLOW_RESILIENCE_HOSTILE_RUNS") ?? 20;

    /// <summary>The seed of the crash suite's kill points; default 20261123.</summary>
    public static int Seed => Int("PCNFLOW_RESILIENCE_SEED") ?? 20261123;

    public static TimeSpan? Seconds(string name) => Int(name) is { } seconds ? TimeSpan.FromSeconds(seconds) : null;

    private static int? Int(string name) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
}
