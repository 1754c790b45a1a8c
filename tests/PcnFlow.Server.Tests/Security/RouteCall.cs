namespace PcnFlow.Server.Tests.Security;

/// <summary>One call the route-table test makes: a route, a caller, and which organisation set's ids fill the URL.</summary>
public sealed record RouteCall(RouteCase Route, Caller Caller, OrganisationSet Set)
{
    public bool OwnOrganisation => Set == Caller.Home;

    public bool ShouldBeAllowed => Route.Rule.Allows(Caller, OwnOrganisation);

    public string Method => Route.Method == "*" ? "GET" : Route.Method;

    public bool IsSafe => Method is "GET" or "HEAD" or "OPTIONS";

    /// <summary>Refused calls first (they must change nothing), then allowed reads, then allowed writes.</summary>
    public int Phase => !ShouldBeAllowed ? 0 : IsSafe ? 1 : 2;
}
