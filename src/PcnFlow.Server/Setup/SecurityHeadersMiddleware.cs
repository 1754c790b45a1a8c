namespace PcnFlow.Server.Setup;

/// <summary>
/// Security headers on every response, errors included (they are added as the response starts, after the
/// exception handler has cleared what was there). The API and the designer SPA get a strict policy; the Scalar
/// and Hangfire pages run inline scripts and styles of their own, so they get a looser one that still forbids
/// framing and any origin but ours.
/// </summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next, IHostEnvironment environment)
{
    public const string StrictPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
        + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public const string ToolPagePolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
        + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private static readonly PathString[] ToolPages = ["/scalar", "/hangfire"];

    public Task InvokeAsync(HttpContext context)
    {
        var policy = ToolPages.Any(p => context.Request.Path.StartsWithSegments(p)) ? ToolPagePolicy : StrictPolicy;
        var hsts = !environment.IsDevelopment() && context.Request.IsHttps;
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers.ContentSecurityPolicy = policy;
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            if (hsts)
                headers.StrictTransportSecurity = "max-age=31536000; includeSubDomains";
            return Task.CompletedTask;
        });
        return next(context);
    }
}
