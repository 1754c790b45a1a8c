namespace PcnFlow.Server.WebApp;

/// <summary>
/// The single-page app's deep links (/inbox/tasks/…, /designer/…): a GET that no endpoint or file answered gets
/// index.html, and the client-side router shows the page. Paths owned by the server (the API, its document and
/// the tool pages) are left alone so an unknown one is still a 404 problem, as are paths that name a file.
/// </summary>
internal sealed class SpaFallbackMiddleware(RequestDelegate next, string folder)
{
    private static readonly PathString[] ServerPaths = ["/api", "/openapi", "/scalar", "/hangfire"];

    public async Task InvokeAsync(HttpContext context)
    {
        if (!IsPageRequest(context))
        {
            await next(context);
            return;
        }
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-cache";
        await context.Response.SendFileAsync(Path.Combine(folder, "index.html"), context.RequestAborted);
    }

    private static bool IsPageRequest(HttpContext context)
    {
        var request = context.Request;
        if (context.GetEndpoint() != null || !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)))
            return false;
        if (ServerPaths.Any(p => request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
            return false;
        // A missing /assets/app.js or /favicon.ico is a 404, not a page that would fail to parse as a script.
        var last = request.Path.Value?[(request.Path.Value.LastIndexOf('/') + 1)..] ?? "";
        return !last.Contains('.', StringComparison.Ordinal);
    }
}
