using System.Text.Json.Serialization;
using PcnFlow.Engine.Runtime;
using PcnFlow.Server.Auth;
using PcnFlow.Server.Calendar;
using PcnFlow.Server.Database;
using PcnFlow.Server.Definitions;
using PcnFlow.Server.Instances;
using PcnFlow.Server.Jobs;
using PcnFlow.Server.Migration;
using PcnFlow.Server.Notifications;
using PcnFlow.Server.Problems;
using PcnFlow.Server.Seed;
using PcnFlow.Server.WebApp;

namespace PcnFlow.Server.Setup;

internal static class PcnFlowServices
{
    public static void AddPcnFlow(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var database = builder.AddPcnFlowDatabase();
        services.TryAddTimeProvider();
        services.AddExpressionLimits(builder.Configuration);
        services.AddSingleton(s => new WorkflowEngine(new WorkflowEngineOptions
        {
            TimeProvider = s.GetRequiredService<TimeProvider>(),
            Expressions = ExpressionLimits.From(s),
        }));
        services.AddSingleton<BlueprintCache>();
        services.AddScoped<InstanceSession>();
        services.AddSingleton<UnitOfWork>();
        services.AddScoped<ScheduledWorkRunner>();
        services.AddScoped<InstanceCommands>();
        services.AddScoped<InstanceMigrator>();
        services.AddScoped<WorkflowCatalogue>();
        services.AddScoped<DemoSeeder>();
        services.AddScoped<DemoProgress>();
        services.AddScoped<CalendarFeed>();

        services.Configure<NotificationOptions>(builder.Configuration.GetSection(NotificationOptions.Section));
        services.AddSingleton<SafeMarkdown>();
        services.AddSingleton<MailTemplates>();
        services.AddScoped<NotificationComposer>();
        services.AddScoped<RecipientResolver>();
        services.AddScoped<OutboxWriter>();
        services.AddSingleton<MessageTransmitter>();
        services.AddScoped<NotificationDelivery>();
        services.AddScoped<OutboxDrain>();
        services.AddHttpClient("webhooks", c => c.Timeout = TimeSpan.FromSeconds(15));
        if (string.IsNullOrEmpty(builder.Configuration[$"{NotificationOptions.Section}:{nameof(NotificationOptions.SmtpHost)}"]))
            services.AddSingleton<IMailTransport, PickupDirectoryMailTransport>();
        else
            services.AddSingleton<IMailTransport, SmtpMailTransport>();

        builder.AddPcnFlowAuth();
        builder.AddPcnFlowProblems();
        builder.AddPcnFlowWebApp();
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
