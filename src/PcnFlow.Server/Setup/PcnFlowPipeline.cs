using PcnFlow.Server.Auth;
using PcnFlow.Server.Calendar;
using PcnFlow.Server.Dashboard;
using PcnFlow.Server.Database;
using PcnFlow.Server.Definitions;
using PcnFlow.Server.Events;
using PcnFlow.Server.Instances;
using PcnFlow.Server.Jobs;
using PcnFlow.Server.Migration;
using PcnFlow.Server.Notifications;
using PcnFlow.Server.Organisations;
using PcnFlow.Server.Problems;
using PcnFlow.Server.Seed;
using PcnFlow.Server.Tasks;
using PcnFlow.Server.WebApp;
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
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UsePcnFlowProblems();
        app.UsePcnFlowWebAppFiles();
        app.UseRouting();
        app.UseMiddleware<RequestBodyLimitMiddleware>();
        app.UseMiddleware<MissingContentTypeMiddleware>();
        app.UsePcnFlowAuth();
        app.UsePcnFlowWebAppFallback();
        app.MapOpenApi();
        // Scalar's default fonts come from its CDN, which the Content-Security-Policy does not allow.
        app.MapScalarApiReference(o => o.DisableDefaultFonts());
        app.MapPcnFlowHangfireDashboard();
        // Signed in by default; the few anonymous routes (sign-in, the calendar feed) say so themselves.
        var api = app.MapGroup("/api").RequireAuthorization(AuthPolicies.SignedIn);
        api.MapAuthApi();
        api.MapOrganisationsApi();
        api.MapDefinitionsApi();
        api.MapInstancesApi();
        api.MapMigrationApi();
        api.MapTasksApi();
        api.MapEventsApi();
        api.MapDashboardApi();
        api.MapNotificationsApi();
        api.MapCalendarApi();
    }
}
