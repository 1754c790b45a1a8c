using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using PcnFlow.Server.Problems;

namespace PcnFlow.Server.Auth;

/// <summary>
/// Rate limits sign-in per client address and email, so one office behind a shared address is not locked out by
/// a colleague's typos, while guessing one account's password stays slow. Identity's lockout backs this up per account.
/// </summary>
internal static class LoginThrottle
{
    public const string Policy = "login";
    public const string EmailItem = "pcnflow.login-email";

    public static void AddLoginThrottle(this IServiceCollection services) =>
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry))
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retry.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                await ProblemResponses.WriteAsync(context.HttpContext, StatusCodes.Status429TooManyRequests, "Too many sign-in attempts",
                    "Wait a minute before trying to sign in again.");
            };
            o.AddPolicy(Policy, context =>
            {
                var options = context.RequestServices.GetRequiredService<IOptions<AuthOptions>>().Value;
                var key = $"{context.Connection.RemoteIpAddress}|{context.Items[EmailItem] as string}";
                return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = options.LoginPermitLimit,
                    Window = options.LoginWindow,
                    QueueLimit = 0,
                });
            });
        });

    public static bool IsLoginEndpoint(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName == Policy;
}
