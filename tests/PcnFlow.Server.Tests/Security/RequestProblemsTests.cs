using System.Net;
using System.Net.Http.Headers;
using System.Text;
using PcnFlow.Server.Tests.Infrastructure;

namespace PcnFlow.Server.Tests.Security;

/// <summary>
/// Oversized bodies, malformed JSON and wrong content types, sent to every route that reads a body (see
/// <see cref="BodyRoutes"/>) with real ids from the route table: each is refused with problem details that show
/// nothing of the server's insides, and the database is exactly as it was.
/// </summary>
public sealed class RequestProblemsTests(RequestProblemsTests.SmallLimitApp app) : IClassFixture<RequestProblemsTests.SmallLimitApp>
{
    private const int Limit = 4096;

    /// <summary>The body limit is configurable; a small one keeps the test bodies small.</summary>
    public sealed class SmallLimitApp : RouteMatrixApp
    {
        protected override void Configure(PcnFlowAppFactory factory)
        {
            base.Configure(factory);
            factory.With("RequestLimits:MaxBodyBytes", Limit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    // JSON that stops half-way, a JSON array never closed, and markup where JSON should be.
    private static readonly string[] Malformed = ["""{"text": """, "[1, 2", "<script>alert(1)</script>"];

    // A form post and plain text are what another site's page can send without asking; XML and no type at all besides.
    private static readonly string?[] WrongTypes = ["application/x-www-form-urlencoded", "text/plain", "application/xml", null];

    [Fact]
    public void Every_route_that_reads_a_body_is_found_including_those_read_by_hand()
    {
        var keys = BodyRoutes.In(app.Factory.Services).Select(r => r.Route.Key).ToList();

        keys.ShouldContain("POST /api/auth/login");
        keys.ShouldContain("POST /api/tasks/{id:guid}/comments");
        keys.ShouldContain("POST /api/workflow-definitions/import");
        keys.ShouldNotContain("POST /api/auth/register");
        keys.ShouldNotContain("POST /api/notifications/read-all");
    }

    [Fact]
    public async Task A_body_over_the_limit_is_413_on_every_route_whether_its_length_is_declared_or_streamed()
    {
        var failures = await RefusedWithoutChangeAsync(HttpStatusCode.RequestEntityTooLarge, route =>
        {
            var size = route.Limit(Limit) is { } max ? (int)max + 1 : 0;
            return size == 0 ? [] : [Padded(size, streamed: false), Padded(size, streamed: true)];
        });

        failures.ShouldBeEmpty(string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task Malformed_json_is_400_on_every_route_or_reported_where_checking_it_is_the_routes_job()
    {
        var failures = await RefusedWithoutChangeAsync(HttpStatusCode.BadRequest,
            _ => [.. Malformed.Select(body => new StringContent(body, Encoding.UTF8, "application/json"))]);

        failures.ShouldBeEmpty(string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_415_on_every_route_even_when_it_would_be_valid_json()
    {
        var failures = await RefusedWithoutChangeAsync(HttpStatusCode.UnsupportedMediaType, route =>
            [.. WrongTypes.Select(type => Typed(RouteValues.Fill(route.Route.Body, app.Ids[OrganisationSet.North]), type))]);

        failures.ShouldBeEmpty(string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task A_body_under_the_limit_is_read_as_usual()
    {
        using var response = await app.Anonymous().PostAsync("/api/auth/login", Padded(Limit - 100, streamed: false));

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    // Sends each route the bodies made for it, as the admin (let in everywhere, so nothing is refused for who they
    // are), and collects every answer that is not the expected problem details, plus any table the calls changed.
    private async Task<IReadOnlyList<string>> RefusedWithoutChangeAsync(HttpStatusCode expected, Func<BodyRoute, IReadOnlyList<HttpContent>> bodies)
    {
        using var admin = await app.World.ClientForAsync("admin");
        var ids = app.Ids[OrganisationSet.North];
        // The fixture's programmes leave due work (task-opened notices and their e-mails) that the app's real Hangfire
        // workers pick up when they next poll; let it finish first, or it lands between the two snapshots.
        await app.Factory.SettleAsync();
        var before = await DatabaseSnapshot.TakeAsync(app.Factory);
        var failures = new List<string>();
        foreach (var route in BodyRoutes.In(app.Factory.Services))
        {
            var url = RouteValues.Fill(route.Route.Pattern, ids) + (route.Route.Query is { } q ? "?" + RouteValues.Fill(q, ids) : "");
            var sent = bodies(route);
            if (sent.Count == 0)
                failures.Add($"{route}: was sent nothing, because it has no body limit at all");
            foreach (var content in sent)
            {
                var label = $"{content.Headers.ContentType?.MediaType ?? "no content type"}, {(content.Headers.ContentLength is { } n ? n + " bytes" : "streamed")}";
                using var request = new HttpRequestMessage(new HttpMethod(route.Route.Method), url) { Content = content };
                using var response = await admin.SendAsync(request);
                var body = await response.Content.ReadAsStringAsync();
                if (expected == HttpStatusCode.BadRequest && route.Route.ReportsBadJson)
                {
                    if (response.StatusCode != HttpStatusCode.OK || !body.Contains("\"invalid-json\"", StringComparison.Ordinal))
                        failures.Add($"{route} ({label}): expected a 200 report of invalid JSON, got {(int)response.StatusCode} {ProblemAssertions.Truncate(body)}");
                }
                else if (ProblemAssertions.ProblemFault(response.StatusCode, response.Content.Headers.ContentType?.MediaType, body, expected) is { } fault)
                    failures.Add($"{route} ({label}): {fault}");
            }
        }
        failures.AddRange((await DatabaseSnapshot.TakeAsync(app.Factory)).ChangedSince(before).Select(t => $"table {t} changed"));
        return failures;
    }

    private static ByteArrayContent Typed(string body, string? type)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        if (type != null)
            content.Headers.ContentType = new MediaTypeHeaderValue(type);
        return content;
    }

    // A sign-in body of exactly the given size: wrong credentials, so a body that is read answers 401.
    private static HttpContent Padded(int size, bool streamed)
    {
        const string start = "{\"email\":\"nobody@test.pcnflow\",\"password\":\"", end = "\"}";
        var bytes = Encoding.UTF8.GetBytes(start + new string('x', size - start.Length - end.Length) + end);
        HttpContent content = streamed ? new StreamContent(new UnknownLengthStream(bytes)) : new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    private sealed class UnknownLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
