using System.Net;
using System.Net.Http.Json;

namespace PcnFlow.Server.Tests.Security;

/// <summary>POST /api/auth/manage/info with an empty change is a harmless cookie-authenticated write to probe with.</summary>
public sealed class CrossSiteRequestTests(SecuredApp app) : IClassFixture<SecuredApp>
{
    [Fact]
    public async Task A_cookie_write_without_the_custom_header_is_refused_403()
    {
        using var client = await app.CookieClientAsync("cdA");

        using var response = await client.PostAsJsonAsync("/api/auth/manage/info", new { });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        problem.GetProperty("detail").GetString()!.ShouldContain("X-Requested-With");
    }

    [Fact]
    public async Task A_cookie_write_with_the_custom_header_from_our_own_origin_goes_through()
    {
        using var client = await app.CookieClientAsync("cdA");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/manage/info") { Content = JsonContent.Create(new { }) };
        request.Headers.Add("X-Requested-With", "XMLHttpRequest");
        request.Headers.Add("Origin", "http://localhost");

        using var response = await client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_cookie_write_from_another_origin_is_refused_even_with_the_header()
    {
        using var client = await app.CookieClientAsync("cdA");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/manage/info") { Content = JsonContent.Create(new { }) };
        request.Headers.Add("X-Requested-With", "XMLHttpRequest");
        request.Headers.Add("Origin", "https://evil.example");

        using var response = await client.SendAsync(request);

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_cookie_logout_without_the_header_is_refused_and_the_session_survives()
    {
        using var client = await app.CookieClientAsync("pmA");

        using var logout = await client.PostAsync("/api/auth/logout", null);

        await logout.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        using var me = await client.GetAsync("/api/auth/me");
        me.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Cookie_reads_need_no_header()
    {
        using var client = await app.CookieClientAsync("pmA");

        using var response = await client.GetAsync("/api/auth/manage/info");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Bearer_writes_are_exempt()
    {
        using var client = await app.World.ClientForAsync("lead");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/manage/info") { Content = JsonContent.Create(new { }) };
        request.Headers.Add("Origin", "https://elsewhere.example");

        using var response = await client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
