using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using PcnFlow.Persistence;
using PcnFlow.Server.Tests.Infrastructure;

namespace PcnFlow.Server.Tests.Dashboard;

/// <summary>The app with a <see cref="CommandCounter"/> on its DbContext that counts during requests to <see cref="CountedPath"/>.</summary>
public sealed class CountingAppFactory : PcnFlowAppFactory
{
    public const string CountedPath = "/api/dashboard";

    public CommandCounter Counter { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            services.ConfigureDbContext<SqlitePcnFlowDbContext>(o => o.AddInterceptors(Counter));
            services.ConfigureDbContext<PostgresPcnFlowDbContext>(o => o.AddInterceptors(Counter));
            services.AddTransient<IStartupFilter>(_ => new CountingStartupFilter(Counter));
        });
    }

    private sealed class CountingStartupFilter(CommandCounter counter) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, follow) =>
            {
                if (!context.Request.Path.StartsWithSegments(CountedPath))
                {
                    await follow(context);
                    return;
                }
                using (counter.Counting())
                    await follow(context);
            });
            next(app);
        };
    }
}
