using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace PcnFlow.Server.WebApp;

internal static class WebAppSetup
{
    public static void AddPcnFlowWebApp(this WebApplicationBuilder builder) =>
        builder.Services.Configure<WebAppOptions>(builder.Configuration.GetSection(WebAppOptions.Section));

    /// <summary>
    /// Serves the built web app's files. Vite names its bundles by content hash, so everything under assets/ may be
    /// cached for good; index.html is always revalidated so a new build is picked up at once.
    /// </summary>
    public static void UsePcnFlowWebAppFiles(this WebApplication app)
    {
        var folder = DistFolder(app);
        if (!File.Exists(Path.Combine(folder, "index.html")))
        {
            app.Logger.LogWarning("The web app is not built ({Folder} has no index.html), so only the API is served. Run `npm run build` in designer/, or `dotnet build` without -p:SkipDesignerBuild=true.", folder);
            return;
        }
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(folder),
            OnPrepareResponse = c => c.Context.Response.Headers.CacheControl = c.Context.Request.Path.StartsWithSegments("/assets")
                ? "public, max-age=31536000, immutable"
                : "no-cache",
        });
    }

    /// <summary>After routing: deep links that no endpoint answered get index.html (see <see cref="SpaFallbackMiddleware"/>).</summary>
    public static void UsePcnFlowWebAppFallback(this WebApplication app)
    {
        var folder = DistFolder(app);
        if (File.Exists(Path.Combine(folder, "index.html")))
            app.UseMiddleware<SpaFallbackMiddleware>(folder);
    }

    private static string DistFolder(WebApplication app) =>
        Path.GetFullPath(Path.Combine(app.Environment.ContentRootPath, app.Services.GetRequiredService<IOptions<WebAppOptions>>().Value.DistPath));
}
