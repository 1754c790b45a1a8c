using System.Net;
using PcnFlow.Server.Tests.Infrastructure;
using PcnFlow.Server.Tests.Security;

namespace PcnFlow.Server.Tests.WebApp;

public sealed class WebAppServingTests(BuiltWebApp app) : IClassFixture<BuiltWebApp>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/inbox/tasks/3f2b6c1e-0000-4000-8000-000000000001")]
    [InlineData("/designer/six-step-development-support")]
    [InlineData("/sign-in")]
    public async Task A_page_path_gets_the_apps_index_html_so_deep_links_work(string path)
    {
        using var response = await app.Factory.CreateClient().GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("text/html");
        (await response.Content.ReadAsStringAsync()).ShouldContain(BuiltWebApp.IndexMarker);
        response.Headers.CacheControl?.NoCache.ShouldBeTrue();
        response.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("script-src 'self';");
    }

    [Fact]
    public async Task A_built_asset_is_served_with_a_long_cache_lifetime()
    {
        using var response = await app.Factory.CreateClient().GetAsync(BuiltWebApp.ScriptPath);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("text/javascript");
        (await response.Content.ReadAsStringAsync()).ShouldBe(BuiltWebApp.Script);
        response.Headers.CacheControl?.ToString().ShouldContain("immutable");
    }

    [Theory]
    [InlineData("/api/nope")]
    [InlineData("/api/tasks/not/a/route")]
    [InlineData("/openapi/nope")]
    public async Task An_unknown_server_path_is_still_a_404_problem_not_the_app(string path)
    {
        using var response = await app.Factory.CreateClient().GetAsync(path);

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_missing_file_is_a_404_not_the_app()
    {
        using var response = await app.Factory.CreateClient().GetAsync("/assets/index-gone.js");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldNotContain(BuiltWebApp.IndexMarker);
    }

    [Fact]
    public async Task Only_reads_fall_back_to_the_app()
    {
        using var response = await app.Factory.CreateClient().PostAsync("/inbox", new StringContent(""));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldNotContain(BuiltWebApp.IndexMarker);
    }

    [Fact]
    public async Task The_api_still_answers_beside_the_app()
    {
        using var response = await app.Factory.CreateClient().GetAsync("/api/auth/me");

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Without_a_built_app_the_server_serves_only_the_api()
    {
        using var factory = new PcnFlowAppFactory().With("WebApp:DistPath", Path.Combine(app.Dist, "missing"));
        var client = factory.CreateClient();

        using var page = await client.GetAsync("/inbox");
        using var api = await client.GetAsync("/api/auth/me");

        page.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        api.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
