using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace PcnFlow.Server.Tests.Security;

/// <summary>
/// The route-table authorization test: every route the app maps, called by every kind of caller with ids from their
/// own organisation and from another, must answer as its row in <see cref="RouteExpectations"/> says, and never 5xx.
/// </summary>
public sealed class RouteAuthorizationTests(RouteMatrixApp app) : IClassFixture<RouteMatrixApp>
{
    [Fact]
    public void Every_mapped_route_has_a_row_and_every_row_a_route()
    {
        var problems = RouteProbe.CoverageProblems(RouteProbe.MappedRoutes(app.Factory.Services), RouteExpectations.All);

        problems.ShouldBeEmpty(string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task Every_route_answers_every_caller_as_its_row_says_with_own_and_other_organisation_ids()
    {
        var mapped = RouteProbe.MappedRoutes(app.Factory.Services);

        var failures = await new RouteProbe(app).CheckAsync(RouteExpectations.All.Where(r => mapped.Contains(r.Key)));

        failures.ShouldBeEmpty(string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public void Every_documented_api_route_has_a_name_and_a_summary()
    {
        var unnamed = app.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .Where(e => e.Metadata.GetMetadata<IExcludeFromDescriptionMetadata>()?.ExcludeFromDescription != true)
            .Where(e => e.Metadata.GetMetadata<IEndpointNameMetadata>() == null || e.Metadata.GetMetadata<IEndpointSummaryMetadata>() == null)
            .Select(e => e.DisplayName)
            .ToList();

        unnamed.ShouldBeEmpty("Every route gets .WithName and .WithSummary (STYLE.md): " + string.Join(", ", unnamed));
    }

    [Fact]
    public void A_route_without_a_row_is_reported_missing_and_a_row_without_a_route_stale()
    {
        var mapped = RouteProbe.MappedRoutes(app.Factory.Services);
        var table = RouteExpectations.All.Where(r => r.Key != "GET /api/auth/me").Append(new RouteCase("GET", "/api/nowhere", RouteRule.AdminOnly));

        var problems = RouteProbe.CoverageProblems(mapped, table);

        problems.Count.ShouldBe(2);
        problems.ShouldContain(p => p.StartsWith("missing: GET /api/auth/me", StringComparison.Ordinal));
        problems.ShouldContain(p => p.StartsWith("stale: GET /api/nowhere", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_row_that_is_too_strict_or_too_loose_is_caught()
    {
        var probe = new RouteProbe(app);

        var tooStrict = await probe.CheckAsync([new RouteCase("GET", "/api/auth/me", RouteRule.AdminOnly)]);
        var tooLoose = await probe.CheckAsync([new RouteCase("*", "/hangfire/{**path}", RouteRule.LeadOrAdminOfOwnOrg)]);

        // Six signed-in callers who are not admins, each with both organisation sets.
        tooStrict.Count.ShouldBe(12);
        tooStrict.ShouldAllBe(f => f.Contains("expects refused"));
        // Each lead with their own ICS's ids.
        tooLoose.Count.ShouldBe(2);
        tooLoose.ShouldAllBe(f => f.Contains("expects allowed") && f.Contains("own"));
    }

    [Fact]
    public void Route_parameters_are_filled_from_the_organisation_set()
    {
        var north = app.Ids[OrganisationSet.North];

        RouteValues.Fill("/api/tasks/{id}/comments", north).ShouldBe($"/api/tasks/{north.TaskId}/comments");
        RouteValues.Fill("/api/workflow-instances/{id:guid}/journal", north).ShouldBe($"/api/workflow-instances/{north.InstanceId}/journal");
        RouteValues.Fill("/api/calendar/{token}.ics", north).ShouldBe($"/api/calendar/{north.CalendarToken}.ics");
        RouteValues.Fill("/hangfire/{**path}", north).ShouldBe("/hangfire/");
        RouteValues.Fill("/api/tasks/{id:guid}/decision", north).ShouldBe($"/api/tasks/{north.SignOffTaskId}/decision");
        RouteValues.Fill("/api/workflow-instances/{id}/share", north).ShouldBe($"/api/workflow-instances/{north.PersonalPlanId}/share");
        RouteValues.Fill("/api/organisations/{id:guid}/roles/{roleId:guid}", north).ShouldBe($"/api/organisations/{north.PcnId}/roles/{north.RoleId}");
        RouteValues.Fill("""{"pcnId":"{pcnId}"}""", north).ShouldBe($$"""{"pcnId":"{{north.PcnId}}"}""");
        Should.Throw<InvalidOperationException>(() => RouteValues.Fill("/api/widgets/{widgetId}", north)).Message.ShouldContain("widgetId");
    }
}
