using System.Net;

namespace PcnFlow.Server.Tests.Security;

public sealed class HangfireDashboardTests(SecuredApp app) : IClassFixture<SecuredApp>
{
    [Fact]
    public async Task An_admin_signed_in_with_a_cookie_sees_the_dashboard()
    {
        using var client = await app.CookieClientAsync("admin");

        using var response = await client.GetAsync("/hangfire");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Hangfire");
    }

    [Theory]
    [InlineData("cdA")]
    [InlineData("lead")]
    public async Task Anyone_else_signed_in_with_a_cookie_is_refused(string name)
    {
        using var client = await app.CookieClientAsync(name);

        using var response = await client.GetAsync("/hangfire");

        response.StatusCode.ShouldBeOneOf(HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden);
        (await response.Content.ReadAsStringAsync()).ShouldNotContain("Recurring jobs");
    }

    [Fact]
    public async Task Nobody_signed_in_is_refused()
    {
        using var response = await app.Anonymous().GetAsync("/hangfire/recurring");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
