using System.Net;
using System.Net.Http.Headers;
using System.Text;
using PcnFlow.Server.Tests.Infrastructure;

namespace PcnFlow.Server.Tests.Security;

public sealed class RequestProblemsTests(RequestProblemsTests.SmallLimitApp app) : IClassFixture<RequestProblemsTests.SmallLimitApp>
{
    /// <summary>The body limit is configurable; a small one keeps the test bodies small.</summary>
    public sealed class SmallLimitApp : SecuredApp
    {
        protected override void Configure(PcnFlowAppFactory factory) => factory.With("RequestLimits:MaxBodyBytes", "4096");
    }

    public static TheoryData<string, bool> Routes => new()
    {
        { "/api/auth/login", false },
        { "/api/auth/manage/info", true },
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task A_body_over_the_limit_with_a_declared_length_is_413_problem_details(string route, bool signedIn)
    {
        using var client = signedIn ? await app.World.ClientForAsync("admin") : app.Anonymous();

        using var response = await client.PostAsync(route, Json(5000));

        await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task A_streamed_body_over_the_limit_without_a_length_is_413_problem_details(string route, bool signedIn)
    {
        using var client = signedIn ? await app.World.ClientForAsync("admin") : app.Anonymous();
        using var content = new StreamContent(new UnknownLengthStream(Encoding.UTF8.GetBytes(Body(5000))));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        using var response = await client.PostAsync(route, content);

        await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task A_body_under_the_limit_is_read_as_usual()
    {
        using var response = await app.Anonymous().PostAsync("/api/auth/login", Json(3000));

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Malformed_json_is_400_problem_details()
    {
        using var client = await app.World.ClientForAsync("admin");

        using var response = await client.PostAsync("/api/auth/manage/info", new StringContent("{\"newEmail\": ", Encoding.UTF8, "application/json"));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Malformed_json_at_sign_in_is_400_problem_details()
    {
        using var response = await app.Anonymous().PostAsync("/api/auth/login", new StringContent("{\"email\": [", Encoding.UTF8, "application/json"));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_415_problem_details()
    {
        using var response = await app.Anonymous().PostAsync("/api/auth/login", new StringContent("email=a&password=b", Encoding.UTF8, "application/x-www-form-urlencoded"));

        await response.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    private static StringContent Json(int size) => new(Body(size), Encoding.UTF8, "application/json");

    // A sign-in body padded to about the given size: wrong credentials, so a body that is read answers 401.
    private static string Body(int size) => $"{{\"email\":\"nobody@test.pcnflow\",\"password\":\"{new string('x', size - 60)}\"}}";

    private sealed class UnknownLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
