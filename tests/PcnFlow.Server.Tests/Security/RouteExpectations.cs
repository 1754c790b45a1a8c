namespace PcnFlow.Server.Tests.Security;

/// <summary>
/// Who may call every route the app maps. <see cref="RouteAuthorizationTests"/> fails for any route missing here
/// (a new endpoint cannot ship unchecked) and for any row whose route no longer exists.
/// Add a row per route with the rule it should follow; see <see cref="RouteRule"/> for the rules.
/// </summary>
public static class RouteExpectations
{
    public static readonly IReadOnlyList<RouteCase> All =
    [
        // Identity's endpoints, adjusted by Auth/IdentityEndpointRules: registration is closed.
        new("POST", "/api/auth/register", RouteRule.Nobody),
        new("POST", "/api/auth/login", RouteRule.Anonymous),
        new("POST", "/api/auth/refresh", RouteRule.Anonymous),
        new("GET", "/api/auth/confirmEmail", RouteRule.Anonymous),
        new("POST", "/api/auth/resendConfirmationEmail", RouteRule.Anonymous),
        new("POST", "/api/auth/forgotPassword", RouteRule.Anonymous),
        new("POST", "/api/auth/resetPassword", RouteRule.Anonymous),
        new("POST", "/api/auth/manage/2fa", RouteRule.AnyoneSignedIn),
        new("GET", "/api/auth/manage/info", RouteRule.AnyoneSignedIn),
        new("POST", "/api/auth/manage/info", RouteRule.AnyoneSignedIn),
        new("GET", "/api/auth/me", RouteRule.AnyoneSignedIn),
        new("POST", "/api/auth/logout", RouteRule.AnyoneSignedIn),

        new("GET", "/api/dashboard/{icsId:guid}/progress", RouteRule.LeadOrAdminOfOwnOrg),

        new("*", "/hangfire/{**path}", RouteRule.AdminOnly),
        new("GET", "/openapi/{documentName}.json", RouteRule.Anonymous),
        new("GET", "/scalar/{documentName?}", RouteRule.Anonymous),
        new("GET", "/scalar/scalar.js", RouteRule.Anonymous),
        new("GET", "/scalar/scalar.aspnetcore.js", RouteRule.Anonymous),
        new("GET", "/scalar/favicon.svg", RouteRule.Anonymous),
    ];
}
