using Microsoft.AspNetCore.Hosting;
using PcnFlow.Server.Tests.Infrastructure;

namespace PcnFlow.Server.Tests.Seed;

/// <summary>The app as <c>dotnet run</c> starts it on a developer's machine: the Development environment, so the demo is seeded.</summary>
public sealed class DevelopmentAppFactory : PcnFlowAppFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Development");
    }
}
