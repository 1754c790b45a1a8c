using System.Net;
using System.Text;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace PcnFlow.Server.Tests.Security;

/// <summary>Calls routes as each <see cref="Caller"/> with each organisation set's ids and reports every answer that breaks its rule.</summary>
public sealed class RouteProbe(RouteMatrixApp app)
{
    private static readonly HttpStatusCode[] Refusals = [HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.NotFound];

    private readonly Dictionary<string, HttpClient> _clients = [];

    /// <summary>Every route the app maps, as "METHOD /pattern" ("*" when an endpoint takes any method).</summary>
    public static IReadOnlyList<string> MappedRoutes(IServiceProvider services) =>
        [.. services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"])
                .Select(m => $"{m} /{e.RoutePattern.RawText?.TrimStart('/')}"))
            .Distinct()
            .Order(StringComparer.Ordinal)];

    /// <summary>Routes with no row ("missing"), and rows with no route ("stale").</summary>
    public static IReadOnlyList<string> CoverageProblems(IEnumerable<string> mapped, IEnumerable<RouteCase> table)
    {
        var rows = table.Select(r => r.Key).ToList();
        var routes = mapped.ToList();
        return
        [
            .. routes.Except(rows).Select(r => $"missing: {r} has no row in {nameof(RouteExpectations)}; a new endpoint cannot ship unchecked"),
            .. rows.Except(routes).Select(r => $"stale: {r} is in {nameof(RouteExpectations)} but the app does not map it"),
            .. rows.GroupBy(r => r).Where(g => g.Count() > 1).Select(g => $"duplicate: {g.Key} has {g.Count()} rows"),
        ];
    }

    public async Task<IReadOnlyList<string>> CheckAsync(IEnumerable<RouteCase> routes)
    {
        var calls = routes
            .SelectMany(r => Caller.All.SelectMany(c => new[] { new RouteCall(r, c, c.Home), new RouteCall(r, c, c.Other) }))
            .OrderBy(c => c.Phase)
            .ToList();
        var failures = new List<string>();
        foreach (var call in calls)
        {
            var ids = call.Route.FreshIds && call.ShouldBeAllowed ? await app.StartProgrammeAsync(call.Set) : app.Ids[call.Set];
            var url = RouteValues.Fill(call.Route.Pattern, ids) + (call.Route.Query is { } q ? "?" + RouteValues.Fill(q, ids) : "");
            var (status, body) = await SendAsync(call, url, RouteValues.Fill(call.Route.Body, ids));
            var refused = Refusals.Contains(status);
            var problem = (int)status >= 500 ? "a server error"
                : call.ShouldBeAllowed && refused ? "allowed"
                : !call.ShouldBeAllowed && !refused ? "refused (401, 403 or 404)"
                : null;
            if (problem != null)
            {
                failures.Add($"{call.Method} {url} as {call.Caller} with {(call.OwnOrganisation ? "own" : "other")} ({call.Set}) ids: "
                    + $"rule {call.Route.Rule} expects {problem}, got {(int)status} {ProblemAssertions.Truncate(body)}");
            }
        }
        return failures;
    }

    private async Task<(HttpStatusCode Status, string Body)> SendAsync(RouteCall call, string url, string body)
    {
        var client = await ClientAsync(call.Caller);
        using var request = new HttpRequestMessage(new HttpMethod(call.Method), url);
        if (!call.IsSafe && call.Method != "DELETE")
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private async Task<HttpClient> ClientAsync(Caller caller)
    {
        if (!_clients.TryGetValue(caller.Name, out var client))
        {
            client = caller.IsAnonymous ? app.Anonymous() : await app.World.ClientForAsync(caller.Name);
            _clients[caller.Name] = client;
        }
        return client;
    }
}
