using PcnFlow.Persistence.Identity;
using PcnFlow.Server.Calendar;
using PcnFlow.Server.Dashboard;
using PcnFlow.Server.Database;
using PcnFlow.Server.Definitions;
using PcnFlow.Server.Events;
using PcnFlow.Server.Instances;
using PcnFlow.Server.Jobs;
using PcnFlow.Server.Notifications;
using PcnFlow.Server.Organisations;
using PcnFlow.Server.Seed;
using PcnFlow.Server.Tasks;
using Scalar.AspNetCore;

namespace PcnFlow.Server.Setup;

internal static class PcnFlowPipeline
{
    /// <summary>Migrates, installs the shipped workflows, seeds the demo in Development, and rebuilds jobs from the database.</summary>
    public static async Task PreparePcnFlowAsync(this WebApplication app)
    {
        await app.MigratePcnFlowDatabaseAsync();
        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<WorkflowCatalogue>().InstallShippedAsync(CancellationToken.None);
        await app.SeedDemoInDevelopmentAsync();
        await app.StartPcnFlowJobsAsync();
    }

    public static void UsePcnFlow(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapOpenApi();
        app.MapScalarApiReference();
        app.MapPcnFlowHangfireDashboard();
        var api = app.MapGroup("/api");
        api.MapGroup("/auth").WithTags("Auth").MapIdentityApi<PcnFlowUser>();
        api.MapOrganisationsApi();
        api.MapDefinitionsApi();
        api.MapInstancesApi();
        api.MapTasksApi();
        api.MapEventsApi();
        api.MapDashboardApi();
        api.MapNotificationsApi();
        api.MapCalendarApi();
    }
}
