using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.Dashboard;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using PcnFlow.Persistence.Identity;
using PcnFlow.Server.Database;

namespace PcnFlow.Server.Jobs;

internal static class HangfireSetup
{
    public static void AddPcnFlowJobs(this WebApplicationBuilder builder, DatabaseOptions database)
    {
        var options = builder.Configuration.GetSection(JobsOptions.Section).Get<JobsOptions>() ?? new JobsOptions();
        builder.Services.AddSingleton(options);
        // Hangfire keeps its storage and job activator in statics. Each app registers its own instead, so two apps
        // in one process (the integration tests run several at once) never share storage or run each other's jobs.
        JobStorage? storage = null;
        builder.Services.AddSingleton(s =>
        {
            s.GetRequiredService<IGlobalConfiguration>();
            return storage!;
        });
        builder.Services.AddSingleton<JobActivator>(s => new AspNetCoreJobActivator(s.GetRequiredService<IServiceScopeFactory>()));
        builder.Services.AddHangfire(config =>
        {
            config.SetDataCompatibilityLevel(CompatibilityLevel.Version_180).UseSimpleAssemblyNameTypeSerializer().UseRecommendedSerializerSettings();
            if (database.Provider == DatabaseProvider.PostgreSql)
            {
                storage = config.UsePostgreSqlStorage(
                    o => o.UseNpgsqlConnection(builder.Configuration.GetConnectionString("PcnFlow")),
                    new PostgreSqlStorageOptions
                    {
                        // A long job keeps its lease while it runs, so no other node picks it up (Hangfire.PostgreSql #130, #330).
                        UseSlidingInvisibilityTimeout = true,
                        InvisibilityTimeout = TimeSpan.FromMinutes(5),
                        QueuePollInterval = TimeSpan.FromMilliseconds(500),
                        PrepareSchemaIfNecessary = true,
                    }).Entry;
            }
            else
            {
                storage = config.UseInMemoryStorage(new InMemoryStorageOptions { MaxExpirationTime = TimeSpan.FromHours(6) }).Entry;
            }
        });
        if (options.RunServer)
        {
            builder.Services.AddHangfireServer(o =>
            {
                o.SchedulePollingInterval = TimeSpan.FromSeconds(1);
                o.ServerCheckInterval = TimeSpan.FromSeconds(30);
                if (options.WorkerCount > 0)
                    o.WorkerCount = options.WorkerCount;
            });
        }
        builder.Services.AddScoped<JobPlanner>();
        builder.Services.AddScoped<ScheduledWorkJob>();
        builder.Services.AddScoped<DeliverNotificationJob>();
        builder.Services.AddScoped<ReconcileJob>();
        builder.Services.AddScoped<DailyDigestJob>();
    }

    public static async Task StartPcnFlowJobsAsync(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<JobsOptions>();
        var recurring = app.Services.GetRequiredService<IRecurringJobManager>();
        recurring.AddOrUpdate<ReconcileJob>("reconcile", j => j.ExecuteAsync(CancellationToken.None), options.ReconcileCron);
        var digestTime = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Notifications.NotificationOptions>>().Value.DigestTime;
        recurring.AddOrUpdate<DailyDigestJob>("daily-digest", j => j.ExecuteAsync(CancellationToken.None), Cron.Daily(digestTime.Hour, digestTime.Minute),
            new RecurringJobOptions { TimeZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London") });
        // Start-up reconcile: whatever the last process left due or scheduled gets its job now, not in a minute.
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ReconcileJob>().ExecuteAsync(CancellationToken.None);
    }

    public static void MapPcnFlowHangfireDashboard(this WebApplication app) =>
        app.MapHangfireDashboard("/hangfire", new DashboardOptions { Authorization = [new AdminOnlyDashboardFilter()], AppPath = "/" });

    private sealed class AdminOnlyDashboardFilter : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) => context.GetHttpContext().User.IsInRole(AccessRoles.Admin);
    }
}
