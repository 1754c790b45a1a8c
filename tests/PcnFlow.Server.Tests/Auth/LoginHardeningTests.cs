using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using PcnFlow.Persistence.Identity;
using PcnFlow.Server.Tests.Infrastructure;
using PcnFlow.Server.Tests.Security;

namespace PcnFlow.Server.Tests.Auth;

public sealed class LoginHardeningTests(LoginHardeningTests.ThrottledApp app) : IClassFixture<LoginHardeningTests.ThrottledApp>
{
    /// <summary>A small limit over a long window, so the test never races the window's reset.</summary>
    public sealed class ThrottledApp : SecuredApp
    {
        protected override void Configure(PcnFlowAppFactory factory) =>
            factory.With("Auth:LoginPermitLimit", "6").With("Auth:LoginWindow", "01:00:00");
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_so_the_right_one_is_refused()
    {
        var client = app.Anonymous();
        for (var i = 0; i < 5; i++)
        {
            using var wrong = await client.PostAsJsonAsync("/api/auth/login", new { email = "cdB@test.pcnflow", password = $"wrong-{i}" });
            await wrong.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        }

        using var right = await client.PostAsJsonAsync("/api/auth/login", new { email = "cdB@test.pcnflow", password = TestWorld.Password });

        var problem = await right.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        problem.GetProperty("detail").GetString().ShouldBe("LockedOut");
        using var scope = app.Factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PcnFlowUser>>();
        (await users.IsLockedOutAsync((await users.FindByEmailAsync("cdB@test.pcnflow"))!)).ShouldBeTrue();
    }

    [Fact]
    public async Task Four_wrong_passwords_do_not_lock_the_account()
    {
        var client = app.Anonymous();
        for (var i = 0; i < 4; i++)
        {
            using var wrong = await client.PostAsJsonAsync("/api/auth/login", new { email = "boardA@test.pcnflow", password = $"wrong-{i}" });
            wrong.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        using var right = await client.PostAsJsonAsync("/api/auth/login", new { email = "boardA@test.pcnflow", password = TestWorld.Password });

        right.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Sign_in_attempts_over_the_limit_for_one_email_are_429_problem_details_while_other_emails_still_sign_in()
    {
        var client = app.Anonymous();
        for (var i = 0; i < 6; i++)
        {
            using var attempt = await client.PostAsJsonAsync("/api/auth/login", new { email = "nobody@test.pcnflow", password = $"guess-{i}" });
            attempt.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        using var throttled = await client.PostAsJsonAsync("/api/auth/login", new { email = "NOBODY@test.pcnflow ", password = "guess-7" });
        using var colleague = await client.PostAsJsonAsync("/api/auth/login", new { email = "leadSouth@test.pcnflow", password = TestWorld.Password });

        await throttled.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
        throttled.Headers.RetryAfter.ShouldNotBeNull();
        colleague.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Only_sign_in_is_rate_limited()
    {
        using var client = await app.World.ClientForAsync("cdC");
        for (var i = 0; i < 10; i++)
        {
            using var me = await client.GetAsync("/api/auth/me");
            me.StatusCode.ShouldBe(HttpStatusCode.OK);
        }
    }
}
