using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace PcnFlow.Server.Tests.Security;

/// <summary>
/// Every route that reads a request body, found from the app's endpoints (those that declare what content types they
/// accept, as minimal APIs do for a body parameter and <c>.Accepts</c> does for one read by hand), so a new route is
/// covered without anyone listing it. Each comes back as its <see cref="RouteExpectations"/> row, for its ids and body.
/// </summary>
public static class BodyRoutes
{
    public static IReadOnlyList<BodyRoute> In(IServiceProvider services)
    {
        var rows = RouteExpectations.All.ToDictionary(r => r.Key, StringComparer.Ordinal);
        return [.. services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IAcceptsMetadata>() is { ContentTypes.Count: > 0 })
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"]).Select(m => (Endpoint: e, Key: $"{m} /{e.RoutePattern.RawText?.TrimStart('/')}")))
            .Select(x => new BodyRoute(
                rows.GetValueOrDefault(x.Key) ?? throw new InvalidOperationException($"{x.Key} has no row in {nameof(RouteExpectations)}."),
                x.Endpoint.Metadata.GetMetadata<IRequestSizeLimitMetadata>()))
            // Self-registration only says it does not exist, whatever it is sent.
            .Where(r => r.Route.Rule != RouteRule.Nobody)
            .DistinctBy(r => r.Route.Key)
            .OrderBy(r => r.Route.Key, StringComparer.Ordinal)];
    }
}

/// <summary>A route that reads a body, and the body limit it declares for itself, if it does.</summary>
public sealed record BodyRoute(RouteCase Route, IRequestSizeLimitMetadata? OwnLimit)
{
    /// <summary>The most it accepts: its own limit, else the app's <paramref name="defaultLimit"/>; null for none at all.</summary>
    public long? Limit(long defaultLimit) => OwnLimit == null ? defaultLimit : OwnLimit.MaxRequestBodySize;

    public override string ToString() => Route.Key;
}
