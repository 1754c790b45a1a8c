using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using PcnFlow.Resilience.Tests.Infrastructure;

namespace PcnFlow.Resilience.Tests;

/// <summary>
/// Behind a load balancer one request goes to node A and the next to node B: a sign-in cookie or bearer token issued
/// by one node must be accepted by the other. The nodes have separate HOME folders (so no default key ring is
/// shared by accident) and share only DataProtection:KeysPath.
/// </summary>
[Collection(TwoNodeGroup.Name)]
public sealed class PostgresSharedKeysTests(ClusterFixture fixture)
{
    [PostgresFact]
    public async Task A_cookie_and_a_token_from_node_a_are_accepted_by_node_b()
    {
        var cluster = fixture.Cluster!;
        using var a = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = cluster.NodeA.BaseUrl };
        using var b = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = cluster.NodeB.BaseUrl };
        var credentials = new { email = PcnFlowApi.DemoEmail("lead"), password = ServerProcess.DemoPassword };

        using var cookieLogin = await a.PostAsJsonAsync("/api/auth/login?useCookies=true", credentials);
        cookieLogin.StatusCode.ShouldBe(HttpStatusCode.OK);
        var cookie = string.Join("; ", cookieLogin.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        using var withCookie = new HttpRequestMessage(HttpMethod.Get, "/api/auth/me");
        withCookie.Headers.Add("Cookie", cookie);
        using var me = await b.SendAsync(withCookie);
        me.StatusCode.ShouldBe(HttpStatusCode.OK, "node-b refused node-a's cookie");
        (await me.Content.ReadAsStringAsync()).ShouldContain(PcnFlowApi.DemoEmail("lead"));

        using var tokenLogin = await a.PostAsJsonAsync("/api/auth/login", credentials);
        using var body = JsonDocument.Parse(await tokenLogin.Content.ReadAsStringAsync());
        using var withToken = new HttpRequestMessage(HttpMethod.Get, "/api/auth/me");
        withToken.Headers.Authorization = new AuthenticationHeaderValue("Bearer", body.RootElement.GetProperty("accessToken").GetString());
        using var meByToken = await b.SendAsync(withToken);
        meByToken.StatusCode.ShouldBe(HttpStatusCode.OK, "node-b refused node-a's bearer token");
    }
}
