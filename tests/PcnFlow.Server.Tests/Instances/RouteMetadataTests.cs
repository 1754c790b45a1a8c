using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace PcnFlow.Server.Tests.Instances;

public sealed class RouteMetadataTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private static readonly string[] Prefixes = ["api/workflow-instances", "api/tasks", "api/events", "api/dashboard", "api/calendar", "api/me"];

    [Fact]
    public void Every_instances_tasks_events_dashboard_and_calendar_route_has_a_name_and_a_summary()
    {
        var routes = fixture.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => Prefixes.Any(p => e.RoutePattern.RawText!.TrimStart('/').StartsWith(p, StringComparison.Ordinal)))
            .ToList();

        routes.Count.ShouldBeGreaterThanOrEqualTo(19);
        routes.ShouldAllBe(e => e.Metadata.GetMetadata<IEndpointNameMetadata>() != null && e.Metadata.GetMetadata<IEndpointSummaryMetadata>() != null);
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_them()
    {
        var response = await fixture.Factory.CreateClient().GetAsync("/openapi/v1.json");

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var operations = document.GetProperty("paths").EnumerateObject().SelectMany(p => p.Value.EnumerateObject())
            .Select(o => o.Value.ValueKind == JsonValueKind.Object && o.Value.TryGetProperty("operationId", out var id) ? id.GetString() : null).ToList();
        operations.ShouldContain("CompleteTask");
        operations.ShouldContain("RescheduleTask");
        operations.ShouldContain("GetDashboard");
        operations.ShouldContain("GetCalendarFeed");
        operations.ShouldContain("StartInstance");
    }
}
