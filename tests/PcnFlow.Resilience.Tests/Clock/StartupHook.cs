using PcnFlow.Resilience.Tests.Clock;

// .NET calls StartupHook.Initialize in the global namespace of each DOTNET_STARTUP_HOOKS assembly before Main.
#pragma warning disable CA1050
public static class StartupHook
#pragma warning restore CA1050
{
    public static void Initialize() => ClockHook.ResolveSelf();
}
