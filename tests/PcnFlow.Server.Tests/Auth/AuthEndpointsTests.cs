using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using PcnFlow.Persistence.Identity;
using PcnFlow.Server.Tests.Infrastructure;
using PcnFlow.Server.Tests.Security;

namespace PcnFlow.Server.Tests.Auth;

public sealed class AuthEndpointsTests(SecuredApp app) : IClassFixture<SecuredApp>
{
    [Fact]
    public async Task Me_lists_roles_with_their_organisations_and_never_the_calendar_token()
    {
        using var client = await app.World.ClientForAsync("pmA");

        using var response = await client.GetAsync("/api/auth/me");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var text = await response.Content.ReadAsStringAsync();
        using var me = JsonDocument.Parse(text);
        var root = me.RootElement;
        root.GetProperty("id").GetGuid().ShouldBe(app.World["pmA"].Id);
        root.GetProperty("email").GetString().ShouldBe("pmA@test.pcnflow");
        root.GetProperty("displayName").GetString().ShouldBe("pmA");
        var role = root.GetProperty("roles").EnumerateArray().ShouldHaveSingleItem();
        role.GetProperty("role").GetString().ShouldBe(AccessRoles.PracticeManager);
        role.GetProperty("organisationId").GetGuid().ShouldBe(app.World.PracticeA1.Id);
        role.GetProperty("organisationName").GetString().ShouldBe("Riverside Surgery");
        text.ShouldNotContain(app.World["pmA"].CalendarToken);
        text.ShouldNotContain("calendar", Case.Insensitive);
    }

    [Fact]
    public async Task Me_names_the_clinical_director_a_support_person_supports()
    {
        using var client = await app.World.ClientForAsync("supportA");

        var me = await client.GetFromJsonAsync<JsonElement>("/api/auth/me");

        var role = me.GetProperty("roles").EnumerateArray().ShouldHaveSingleItem();
        role.GetProperty("role").GetString().ShouldBe(AccessRoles.SupportPerson);
        role.GetProperty("supportsUserId").GetGuid().ShouldBe(app.World["cdA"].Id);
        role.GetProperty("supportsName").GetString().ShouldBe("cdA");
    }

    [Fact]
    public async Task Me_without_signing_in_is_401()
    {
        using var response = await app.Anonymous().GetAsync("/api/auth/me");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Self_registration_does_not_exist_and_creates_nobody()
    {
        using var response = await app.Anonymous().PostAsJsonAsync("/api/auth/register", new { email = "mallory@evil.test", password = "Correct-Horse-Battery-9" });

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        using var scope = app.Factory.Services.CreateScope();
        (await scope.ServiceProvider.GetRequiredService<UserManager<PcnFlowUser>>().FindByEmailAsync("mallory@evil.test")).ShouldBeNull();
    }

    [Fact]
    public async Task The_openapi_document_does_not_offer_registration()
    {
        var document = await app.Anonymous().GetStringAsync("/openapi/v1.json");

        document.ShouldContain("/api/auth/login");
        document.ShouldContain("/api/auth/me");
        document.ShouldNotContain("/api/auth/register");
    }

    [Fact]
    public async Task A_wrong_password_is_401_problem_details()
    {
        using var response = await app.Anonymous().PostAsJsonAsync("/api/auth/login", new { email = "boardA@test.pcnflow", password = "not-the-password" });

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_bearer_token_can_be_refreshed()
    {
        using var login = await app.Anonymous().PostAsJsonAsync("/api/auth/login", new { email = "cdB@test.pcnflow", password = TestWorld.Password });
        var tokens = await login.Content.ReadFromJsonAsync<JsonElement>();

        using var refreshed = await app.Anonymous().PostAsJsonAsync("/api/auth/refresh", new { refreshToken = tokens.GetProperty("refreshToken").GetString() });

        refreshed.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await refreshed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString().ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task Cookie_sign_in_works_for_me_and_manage_info_until_logout()
    {
        using var client = await app.CookieClientAsync("boardA");
        (await client.GetFromJsonAsync<JsonElement>("/api/auth/me")).GetProperty("email").GetString().ShouldBe("boardA@test.pcnflow");
        (await client.GetFromJsonAsync<JsonElement>("/api/auth/manage/info")).GetProperty("email").GetString().ShouldBe("boardA@test.pcnflow");

        using var logout = new HttpRequestMessage(HttpMethod.Post, "/api/auth/logout");
        logout.Headers.Add("X-Requested-With", "XMLHttpRequest");
        using var loggedOut = await client.SendAsync(logout);

        loggedOut.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        using var after = await client.GetAsync("/api/auth/me");
        after.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_sign_in_cookie_is_http_only_and_same_site_strict()
    {
        using var response = await app.Anonymous().PostAsJsonAsync("/api/auth/login?useCookies=true", new { email = "cdA@test.pcnflow", password = TestWorld.Password });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var cookie = response.Headers.GetValues("Set-Cookie").ShouldHaveSingleItem();
        cookie.ShouldContain("httponly", Case.Insensitive);
        cookie.ShouldContain("samesite=strict", Case.Insensitive);
    }
}
