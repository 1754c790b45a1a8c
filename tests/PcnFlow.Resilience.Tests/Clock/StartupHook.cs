using PcnFlow.Resilience.Tests.Clock;
using PcnFlow.Resilience.Tests.Memory;

// .NET calls StartupHook.Initialize in the global namespace of each DOTNET_STARTUP_HOOKS assembly before Main.
#pragma warning disable CA1050
public static class StartupHook
#pragma warning restore CA1050
{
    public static void Initialize()
    {
        ClockHook.ResolveSelf();
        MemoryProbe.StartIfAsked();
    }
}
