using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using PcnFlow.Resilience.Tests.Clock;

[assembly: HostingStartup(typeof(ShiftedClockStartup))]

namespace PcnFlow.Resilience.Tests.Clock;

/// <summary>
/// Runs inside the server process (see <see cref="ClockHook"/>): registers the shifted clock before the server's
/// own set-up, which adds the system clock only when no <see cref="TimeProvider"/> is registered yet.
/// </summary>
public sealed class ShiftedClockStartup : IHostingStartup
{
    public const string FileVariable = "PCNFLOW_TEST_CLOCK_FILE";

    public void Configure(IWebHostBuilder builder) => builder.ConfigureServices(services =>
    {
        if (Environment.GetEnvironmentVariable(FileVariable) is { Length: > 0 } file)
            services.AddSingleton<TimeProvider>(new ShiftedTimeProvider(file));
    });
}
