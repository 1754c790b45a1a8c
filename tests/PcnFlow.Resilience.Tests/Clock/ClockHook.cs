using System.Runtime.Loader;

namespace PcnFlow.Resilience.Tests.Clock;

/// <summary>
/// The environment that makes an unmodified server process use <see cref="ShiftedTimeProvider"/>: .NET loads this
/// assembly as a startup hook (DOTNET_STARTUP_HOOKS, by path), and ASP.NET Core then runs its hosting startup
/// (ASPNETCORE_HOSTINGSTARTUPASSEMBLIES, by name, which the hook makes resolvable).
/// </summary>
public static class ClockHook
{
    public static Dictionary<string, string> Environment(string clockFile)
    {
        var assembly = typeof(ClockHook).Assembly;
        return new()
        {
            ["DOTNET_STARTUP_HOOKS"] = assembly.Location,
            ["ASPNETCORE_HOSTINGSTARTUPASSEMBLIES"] = assembly.GetName().Name!,
            [ShiftedClockStartup.FileVariable] = clockFile,
        };
    }

    public static void ResolveSelf()
    {
        var self = typeof(ClockHook).Assembly;
        AssemblyLoadContext.Default.Resolving += (_, name) => name.Name == self.GetName().Name ? self : null;
    }
}
