using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.Dashboard;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using PcnFlow.Persistence.Identity;
using PcnFlow.Server.Database;

namespace PcnFlow.Server.Jobs;

internal static class HangfireSetup
{
    public static void AddPcnFlowJobs(this WebApplicationBuilder builder, DatabaseOptions database)
    {
        var options = builder.Configuration.GetSection(JobsOptions.Section).Get<JobsOptions>() ?? new JobsOptions();
        builder.Services.AddSingleton(options);
        // Hangfire keeps its storage and job activator in statics (JobStorage.Current, JobActivator.Current) and
        // AddHangfire's defaults read them back, so two hosts in one process (the integration tests run several
        // at once) could enqueue into each other's storage and run jobs with each other's services (the log
        // provider stays global: see HostLogProvider). Registering
        // both here ties this host's jobs to this host's storage (on PostgreSQL: its own database) and services.
        builder.Services.AddSingleton(_ => CreateStorage(database, options, builder.Configuration));
        builder.Services.AddSingleton<JobActivator>(s => new AspNetCoreJobActivator(s.GetRequiredService<IServiceScopeFactory>()));
        builder.Services.AddHangfire((services, config) => config
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180).UseSimpleAssemblyNameTypeSerializer().UseRecommendedSerializerSettings()
            .UseStorage(services.GetRequiredService<JobStorage>())
            .UseLogProvider(new HostLogProvider(services.GetRequiredService<ILoggerFactory>())));
        if (options.RunServer)
        {
            builder.Services.AddHangfireServer(o =>
            {
                o.SchedulePollingInterval = TimeSpan.FromSeconds(1);
                o.ServerCheckInterval = TimeSpan.FromSeconds(30);
                if (options.WorkerCount > 0)
                    o.WorkerCount = options.WorkerCount;
                if (!string.IsNullOrWhiteSpace(options.ServerName))
                    o.ServerName = options.ServerName;
            });
        }
        builder.Services.AddScoped<JobPlanner>();
        builder.Services.AddScoped<ScheduledWorkJob>();
        builder.Services.AddScoped<DeliverNotificationJob>();
        builder.Services.AddScoped<OutboxDrainJob>();
        builder.Services.AddSingleton<DrainPlans>();
        builder.Services.AddScoped<ReconcileJob>();
        builder.Services.AddSingleton<ReconcileProgress>();
        builder.Services.AddScoped<DailyDigestJob>();
    }

    private static JobStorage CreateStorage(DatabaseOptions database, JobsOptions jobs, IConfiguration configuration)
    {
        if (database.Provider != DatabaseProvider.PostgreSql)
        {
            // Guid ids: a job id remembered in the database can never name a different job in a later process's storage.
            return new InMemoryStorage(new InMemoryStorageOptions { MaxExpirationTime = TimeSpan.FromHours(6), IdType = InMemoryStorageIdType.Guid });
        }
        var options = new PostgreSqlStorageOptions
        {
            // A long job keeps its lease while it runs, so no other node picks it up (Hangfire.PostgreSql #130, #330).
            UseSlidingInvisibilityTimeout = true,
            InvisibilityTimeout = jobs.InvisibilityTimeout,
            DistributedLockTimeout = jobs.LockTimeout,
            QueuePollInterval = TimeSpan.FromMilliseconds(500),
            // Creates or upgrades the "hangfire" schema in the app's own database when the storage is first used,
            // which is after the start-up migration has created that database.
            PrepareSchemaIfNecessary = true,
        };
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(DatabaseSetup.PostgresConnectionString(configuration), options), options);
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
        if (app.Services.GetRequiredService<DatabaseOptions>().Provider != DatabaseProvider.PostgreSql)
        {
            // On SQLite this process is the only one, and it has sent nothing yet: a message still marked Sending was
            // cut off by the last process's death, so it is released now rather than after its lease.
            var time = app.Services.GetRequiredService<TimeProvider>();
            await Notifications.NotificationDelivery.ReleaseClaimsAsync(scope.ServiceProvider.GetRequiredService<PcnFlow.Persistence.PcnFlowDbContext>(), _ => true, time.GetUtcNow(), CancellationToken.None);
        }
        await scope.ServiceProvider.GetRequiredService<ReconcileJob>().ExecuteAsync(CancellationToken.None);
    }

    public static void MapPcnFlowHangfireDashboard(this WebApplication app) =>
        app.MapHangfireDashboard("/hangfire", new DashboardOptions { Authorization = [new AdminOnlyDashboardFilter()], AppPath = "/" });

    private sealed class AdminOnlyDashboardFilter : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) => context.GetHttpContext().User.IsInRole(AccessRoles.Admin);
    }
}
