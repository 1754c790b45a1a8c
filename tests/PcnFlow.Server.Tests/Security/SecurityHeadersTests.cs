using System.Net;

namespace PcnFlow.Server.Tests.Security;

public sealed class SecurityHeadersTests(SecuredApp app) : IClassFixture<SecuredApp>
{
    public static TheoryData<string> Paths => ["/api/auth/me", "/openapi/v1.json", "/no-such-page", "/scalar/", "/hangfire"];

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        using var response = await app.Anonymous().GetAsync(path);

        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        response.Headers.GetValues("X-Frame-Options").ShouldBe(["DENY"]);
        response.Headers.GetValues("Referrer-Policy").ShouldBe(["strict-origin-when-cross-origin"]);
        var csp = response.Headers.GetValues("Content-Security-Policy").ShouldHaveSingleItem();
        csp.ShouldContain("frame-ancestors 'none'");
        csp.ShouldContain("default-src 'self'");
        csp.ShouldContain("object-src 'none'");
    }

    [Fact]
    public async Task The_api_and_spa_policy_allows_no_inline_script_but_scalar_may_run_its_own()
    {
        using var api = await app.Anonymous().GetAsync("/api/auth/me");
        using var scalar = await app.Anonymous().GetAsync("/scalar/");

        api.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("script-src 'self';");
        scalar.StatusCode.ShouldBe(HttpStatusCode.OK);
        scalar.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("script-src 'self' 'unsafe-inline'");
        var page = await scalar.Content.ReadAsStringAsync();
        page.ShouldNotContain("fonts.scalar.com");
    }

    [Fact]
    public async Task Https_responses_outside_development_carry_hsts()
    {
        var client = app.Factory.CreateClient(new() { BaseAddress = new Uri("https://pcnflow.test") });

        using var response = await client.GetAsync("/api/auth/me");

        response.Headers.GetValues("Strict-Transport-Security").Single().ShouldStartWith("max-age=");
    }

    [Fact]
    public async Task Plain_http_responses_carry_no_hsts_because_browsers_ignore_it_there()
    {
        using var response = await app.Anonymous().GetAsync("/api/auth/me");

        response.Headers.Contains("Strict-Transport-Security").ShouldBeFalse();
    }
}
