using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PcnFlow.Persistence;
using PcnFlow.Persistence.Identity;
using PcnFlow.Server.Tests.Infrastructure;
using PcnFlow.Server.Tests.Instances;

namespace PcnFlow.Server.Tests.Security;

/// <summary>
/// Sign-in cookies and bearer tokens that are past their time, tampered with, made up, or belong to someone who is
/// gone or was signed out everywhere: each is 401 problem details that name nobody, on a route that would otherwise
/// answer with data. Time is the app's fake clock, moved forward rather than waited for. The tests share one app:
/// each signs in afresh, and the people they delete or sign out everywhere are their own.
/// </summary>
public sealed class StaleCredentialsTests(SecuredApp app) : IClassFixture<SecuredApp>
{
    // Anyone signed in may list the programme designs, so a credential that still counted would read them.
    private const string Probe = "/api/workflow-definitions/";

    private readonly SecuredApp _app = app;

    [Fact]
    public async Task A_cookie_and_a_bearer_token_work_until_they_expire_and_then_are_401()
    {
        var cookie = await _app.SignInCookieAsync("pmA");
        var token = await TokensAsync("pmA");
        await ShouldBeLetInAsync(cookie, token.Access);

        // The cookie lasts 8 hours and the token one, with no request in between to slide them on.
        _app.Factory.Time.Advance(TimeSpan.FromMinutes(59));
        await ShouldBeLetInAsync(cookie: null, token.Access);
        _app.Factory.Time.Advance(TimeSpan.FromMinutes(2));
        await ShouldBeRefusedAsync(cookie: null, token.Access);
        _app.Factory.Time.Advance(TimeSpan.FromHours(7));
        await ShouldBeRefusedAsync(cookie, bearer: null);
    }

    [Fact]
    public async Task A_tampered_or_made_up_cookie_or_token_is_401()
    {
        var cookie = await _app.SignInCookieAsync("cdA");
        var token = await TokensAsync("cdA");
        var (cookieName, cookieValue) = (cookie[..cookie.IndexOf('=', StringComparison.Ordinal)], cookie[(cookie.IndexOf('=', StringComparison.Ordinal) + 1)..]);

        foreach (var forged in new[] { Tamper(cookieValue), cookieValue[..^8], "CfDJ8" + new string('A', 300), "" })
            await ShouldBeRefusedAsync($"{cookieName}={forged}", bearer: null);
        foreach (var forged in new[] { Tamper(token.Access), token.Access[..^8], "CfDJ8" + new string('A', 300), token.Refresh })
            await ShouldBeRefusedAsync(cookie: null, forged);
        using var refresh = await _app.Anonymous().PostAsJsonAsync("/api/auth/refresh", new { refreshToken = Tamper(token.Refresh) });
        await refresh.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_deleted_persons_cookie_and_tokens_stop_working_at_once()
    {
        var cookie = await _app.SignInCookieAsync("boardA");
        var token = await TokensAsync("boardA");
        await ShouldBeLetInAsync(cookie, token.Access);

        await WithUserAsync("boardA", async (users, user, db) =>
        {
            await db.RoleAssignments.Where(r => r.UserId == user.Id).ExecuteDeleteAsync();
            (await users.DeleteAsync(user)).Succeeded.ShouldBeTrue();
        });

        await ShouldBeRefusedAsync(cookie, token.Access);
        using var refresh = await _app.Anonymous().PostAsJsonAsync("/api/auth/refresh", new { refreshToken = token.Refresh });
        await refresh.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Signing_a_person_out_everywhere_ends_their_existing_cookie_and_token_but_not_a_new_sign_in()
    {
        var cookie = await _app.SignInCookieAsync("cdB");
        var token = await TokensAsync("cdB");
        var others = await _app.SignInCookieAsync("cdC");

        await WithUserAsync("cdB", async (users, user, _) => (await users.UpdateSecurityStampAsync(user)).Succeeded.ShouldBeTrue());

        await ShouldBeRefusedAsync(cookie, token.Access);
        await ShouldBeLetInAsync(await _app.SignInCookieAsync("cdB"), (await TokensAsync("cdB")).Access);
        await ShouldBeLetInAsync(others, bearer: null);
    }

    [Fact]
    public async Task Taking_away_a_leads_role_ends_their_sign_ins_so_its_claim_cannot_keep_them_designing_programmes()
    {
        var cookie = await _app.SignInCookieAsync("leadSouth");
        var token = await TokensAsync("leadSouth");
        var role = await Programmes.DbAsync(_app.Factory, db => db.RoleAssignments.SingleAsync(r => r.UserId == _app.World["leadSouth"].Id));
        using var admin = await _app.World.ClientForAsync("admin");

        using var removed = await admin.DeleteAsync($"/api/organisations/{role.OrganisationId}/roles/{role.Id}");

        removed.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await ShouldBeRefusedAsync(cookie, token.Access);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/workflow-definitions/import") { Content = JsonContent.Create(new { definitionId = "x" }) };
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + token.Access);
        using var import = await _app.Anonymous().SendAsync(request);
        await import.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    // Feed tokens do not expire: rotating one revokes it (CalendarApiTests), and so does its person going.
    [Fact]
    public async Task A_calendar_feed_token_that_is_made_up_or_whose_person_is_gone_is_404_that_names_nobody()
    {
        var token = _app.World["supportA"].CalendarToken;
        using (var feed = await _app.Anonymous().GetAsync($"/api/calendar/{token}.ics"))
            feed.StatusCode.ShouldBe(HttpStatusCode.OK);
        string[] forged = [Tamper(token), token.ToUpperInvariant(), token + "0", token[..^1], new string('a', 65), "' OR '1'='1", "%25", "..%2F..%2Fappsettings"];

        await WithUserAsync("supportA", async (users, user, db) =>
        {
            await db.RoleAssignments.Where(r => r.UserId == user.Id).ExecuteDeleteAsync();
            (await users.DeleteAsync(user)).Succeeded.ShouldBeTrue();
        });

        foreach (var attempt in forged.Append(token))
        {
            using var response = await _app.Anonymous().GetAsync($"/api/calendar/{attempt}.ics");
            var problem = (await response.ShouldBeProblemAsync(HttpStatusCode.NotFound)).GetRawText();
            problem.ShouldNotLeakInternals();
            problem.ShouldNotContain("supportA");
            problem.ShouldNotContain("BEGIN:VCALENDAR");
        }
    }

    private async Task<(string Access, string Refresh)> TokensAsync(string name)
    {
        using var login = await _app.Anonymous().PostAsJsonAsync("/api/auth/login", new { email = _app.World[name].Email, password = TestWorld.Password });
        login.EnsureSuccessStatusCode();
        var body = await login.Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("accessToken").GetString()!, body.GetProperty("refreshToken").GetString()!);
    }

    private async Task WithUserAsync(string name, Func<UserManager<PcnFlowUser>, PcnFlowUser, PcnFlowDbContext, Task> change)
    {
        using var scope = _app.Factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PcnFlowUser>>();
        await change(users, (await users.FindByIdAsync(_app.World[name].Id.ToString()))!, scope.ServiceProvider.GetRequiredService<PcnFlowDbContext>());
    }

    private async Task ShouldBeLetInAsync(string? cookie, string? bearer)
    {
        foreach (var credential in Credentials(cookie, bearer))
        {
            using var response = await _app.Anonymous().SendAsync(Request(Probe, credential));
            response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        }
    }

    private async Task ShouldBeRefusedAsync(string? cookie, string? bearer)
    {
        foreach (var credential in Credentials(cookie, bearer))
        {
            foreach (var path in new[] { Probe, "/api/auth/me" })
            {
                using var response = await _app.Anonymous().SendAsync(Request(path, credential));
                var problem = (await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized)).GetRawText();
                problem.ShouldNotLeakInternals();
                problem.ShouldNotContain("test.pcnflow");
                problem.ShouldNotContain(Programmes.SixStep);
            }
        }
    }

    private static IEnumerable<(string Header, string Value)> Credentials(string? cookie, string? bearer) =>
        [.. cookie == null ? [] : new[] { ("Cookie", cookie) }, .. bearer == null ? [] : new[] { ("Authorization", "Bearer " + bearer) }];

    private static HttpRequestMessage Request(string path, (string Header, string Value) credential)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation(credential.Header, credential.Value);
        return request;
    }

    // Flips one character in the middle, where the protected payload is, keeping it valid base64url.
    private static string Tamper(string value)
    {
        var middle = value.Length / 2;
        return value[..middle] + (value[middle] == 'A' ? 'B' : 'A') + value[(middle + 1)..];
    }
}
