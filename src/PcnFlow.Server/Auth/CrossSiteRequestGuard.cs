using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using PcnFlow.Server.Problems;

namespace PcnFlow.Server.Auth;

/// <summary>
/// Refuses cookie-signed-in writes that could come from another site. Browsers send cookies on cross-site form posts,
/// but cannot add a custom header to a cross-origin request without a CORS preflight, which this server never grants;
/// so a write carrying the sign-in cookie must send <c>X-Requested-With</c>, and any Origin it names must be ours.
/// Bearer-token requests are exempt: a browser never attaches a token by itself, and Identity then ignores the cookie.
/// </summary>
internal sealed class CrossSiteRequestGuard(RequestDelegate next, IOptionsMonitor<CookieAuthenticationOptions> cookies, IOptions<AuthOptions> options)
{
    public const string HeaderName = "X-Requested-With";

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (IsUnsafe(request.Method) && CarriesSignInCookie(request) && (!HasHeader(request) || !OriginAllowed(request)))
        {
            await ProblemResponses.WriteAsync(context, StatusCodes.Status403Forbidden, "Cross-site request refused",
                $"A request signed in with a cookie that changes something must come from this site and send the {HeaderName} header.");
            return;
        }
        await next(context);
    }

    private static bool IsUnsafe(string method) =>
        !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method));

    private bool CarriesSignInCookie(HttpRequest request)
    {
        // The same test Identity's bearer handler makes: with a bearer header the cookie is never read.
        if (request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.Ordinal))
            return false;
        var name = cookies.Get(IdentityConstants.ApplicationScheme).Cookie.Name;
        return name != null && request.Cookies.ContainsKey(name);
    }

    private static bool HasHeader(HttpRequest request) => !string.IsNullOrWhiteSpace(request.Headers[HeaderName]);

    private bool OriginAllowed(HttpRequest request)
    {
        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0)
            return true;
        var own = $"{request.Scheme}://{request.Host}";
        return string.Equals(origin, own, StringComparison.OrdinalIgnoreCase)
            || options.Value.AllowedOrigins.Any(o => string.Equals(origin, o.TrimEnd('/'), StringComparison.OrdinalIgnoreCase));
    }
}
