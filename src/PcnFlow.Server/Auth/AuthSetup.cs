using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using PcnFlow.Persistence;
using PcnFlow.Persistence.Identity;

namespace PcnFlow.Server.Auth;

internal static class AuthSetup
{
    public static void AddPcnFlowAuth(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<AuthOptions>(builder.Configuration.GetSection(AuthOptions.Section));
        services.AddHttpContextAccessor();
        services.AddScoped<CurrentUser>();
        services.AddPcnFlowPolicies();
        services.AddIdentityApiEndpoints<PcnFlowUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Password.RequiredLength = 12;
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<PcnFlowDbContext>()
            .AddClaimsPrincipalFactory<RoleClaimsFactory>();
        services.ConfigureApplicationCookie(o =>
        {
            // Strict: the cookie is never sent on a request started by another site, on top of CrossSiteRequestGuard.
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.HttpOnly = true;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            // An API and an SPA: answer with a status, never a redirect to an MVC login page that does not exist.
            o.Events.OnRedirectToLogin = c => Status(c.Response, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = c => Status(c.Response, StatusCodes.Status403Forbidden);
        });
        services.AddSingleton<IEmailSender<PcnFlowUser>, AccountMailSender>();
        // Sign-in cookies and bearer tokens are encrypted with the data-protection key ring. Behind a load balancer
        // every node must read every other's, so the ring goes in a shared folder, and the application name is
        // fixed (it defaults to the content root path, which may differ between nodes).
        var protection = services.AddDataProtection().SetApplicationName("PcnFlow");
        if (builder.Configuration["DataProtection:KeysPath"] is { Length: > 0 } keys)
            protection.PersistKeysToFileSystem(new DirectoryInfo(keys));
        services.AddLoginThrottle();
    }

    public static void UsePcnFlowAuth(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseMiddleware<SecurityStampCheck>();
        app.UseMiddleware<CrossSiteRequestGuard>();
        app.UseMiddleware<LoginEmailMiddleware>();
        app.UseRateLimiter();
        app.UseAuthorization();
    }

    private static Task Status(HttpResponse response, int status)
    {
        response.StatusCode = status;
        return Task.CompletedTask;
    }
}
