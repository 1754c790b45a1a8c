using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.RateLimiting;
using PcnFlow.Server.Problems;

namespace PcnFlow.Server.Auth;

/// <summary>
/// Adjusts the endpoints that <c>MapIdentityApi</c> maps: people are created by admins and leads, so self-registration
/// answers 404; the endpoints used before signing in are anonymous; sign-in is rate limited; each gets a name and summary.
/// </summary>
internal static class IdentityEndpointRules
{
    private static readonly Dictionary<string, (string Name, string Summary, bool Anonymous)> Routes = new(StringComparer.Ordinal)
    {
        ["POST /login"] = ("Login", "Sign in (?useCookies=true for a cookie, otherwise a bearer token)", true),
        ["POST /refresh"] = ("RefreshToken", "Refresh a bearer token", true),
        ["GET /confirmEmail"] = ("ConfirmEmail", "Confirm an email address", true),
        ["POST /resendConfirmationEmail"] = ("ResendConfirmationEmail", "Resend the email confirmation link", true),
        ["POST /forgotPassword"] = ("ForgotPassword", "Email a password reset code", true),
        ["POST /resetPassword"] = ("ResetPassword", "Set a password with a reset code", true),
        ["POST /manage/2fa"] = ("ManageTwoFactor", "Show or change two-factor sign-in", false),
        ["GET /manage/info"] = ("GetAccountInfo", "Get my email and whether it is confirmed", false),
        ["POST /manage/info"] = ("UpdateAccountInfo", "Change my email or password", false),
    };

    public static void Apply(EndpointBuilder endpoint)
    {
        if (endpoint is not RouteEndpointBuilder route)
            return;
        var path = route.RoutePattern.RawText ?? "";
        var suffix = path[(path.LastIndexOf("/auth/", StringComparison.Ordinal) + "/auth".Length)..];
        if (suffix == "/register")
        {
            route.RequestDelegate = NotFoundAsync;
            route.Metadata.Add(new AllowAnonymousAttribute());
            route.Metadata.Add(new ExcludeFromDescriptionAttribute());
            return;
        }
        var method = route.Metadata.OfType<HttpMethodMetadata>().FirstOrDefault()?.HttpMethods is [var only] ? only : null;
        if (!Routes.TryGetValue($"{method} {suffix}", out var rule))
            return;
        if (rule.Anonymous)
            route.Metadata.Add(new AllowAnonymousAttribute());
        if (suffix == "/login")
            route.Metadata.Add(new EnableRateLimitingAttribute(LoginThrottle.Policy));
        // Identity links its confirmation emails by the endpoint name it gave; keep any name already there.
        if (!route.Metadata.OfType<IEndpointNameMetadata>().Any())
            route.Metadata.Add(new EndpointNameMetadata(rule.Name));
        route.Metadata.Add(new EndpointSummaryAttribute(rule.Summary));
    }

    private static Task NotFoundAsync(HttpContext context) =>
        ProblemResponses.WriteAsync(context, StatusCodes.Status404NotFound, "Not found",
            "There is no self-registration: an administrator or programme lead adds people.");
}
