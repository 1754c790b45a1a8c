using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Identity;
using PcnFlow.Engine.Runtime;
using PcnFlow.Persistence;
using PcnFlow.Persistence.Identity;
using PcnFlow.Server.Auth;
using PcnFlow.Server.Calendar;
using PcnFlow.Server.Database;
using PcnFlow.Server.Definitions;
using PcnFlow.Server.Instances;
using PcnFlow.Server.Jobs;
using PcnFlow.Server.Notifications;

namespace PcnFlow.Server.Setup;

internal static class PcnFlowServices
{
    public static void AddPcnFlow(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var database = builder.AddPcnFlowDatabase();
        services.TryAddTimeProvider();
        services.AddSingleton(s => new WorkflowEngine(new WorkflowEngineOptions { TimeProvider = s.GetRequiredService<TimeProvider>() }));
        services.AddSingleton<BlueprintCache>();
        services.AddScoped<InstanceSession>();
        services.AddSingleton<UnitOfWork>();
        services.AddScoped<ScheduledWorkRunner>();
        services.AddScoped<InstanceCommands>();
        services.AddScoped<WorkflowCatalogue>();
        services.AddScoped<CalendarFeed>();

        services.Configure<NotificationOptions>(builder.Configuration.GetSection(NotificationOptions.Section));
        services.AddSingleton<SafeMarkdown>();
        services.AddScoped<NotificationComposer>();
        services.AddScoped<RecipientResolver>();
        services.AddScoped<OutboxWriter>();
        services.AddScoped<NotificationDelivery>();
        services.AddHttpClient("webhooks", c => c.Timeout = TimeSpan.FromSeconds(15));
        if (string.IsNullOrEmpty(builder.Configuration[$"{NotificationOptions.Section}:{nameof(NotificationOptions.SmtpHost)}"]))
            services.AddSingleton<IMailTransport, PickupDirectoryMailTransport>();
        else
            services.AddSingleton<IMailTransport, SmtpMailTransport>();

        services.AddHttpContextAccessor();
        services.AddScoped<CurrentUser>();
        services.AddAuthorization();
        services.AddIdentityApiEndpoints<PcnFlowUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Password.RequiredLength = 12;
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<PcnFlowDbContext>()
            .AddClaimsPrincipalFactory<RoleClaimsFactory>();

        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddOpenApi();
        builder.AddPcnFlowJobs(database);
    }

    private static void TryAddTimeProvider(this IServiceCollection services)
    {
        if (!services.Any(s => s.ServiceType == typeof(TimeProvider)))
            services.AddSingleton(TimeProvider.System);
    }
}
