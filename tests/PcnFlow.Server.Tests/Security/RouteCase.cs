namespace PcnFlow.Server.Tests.Security;

/// <summary>
/// One row of the expectations table: a route as the app's route table spells it, the HTTP method ("*" for an
/// endpoint that takes any method; it is called with GET), and who may call it.
/// </summary>
public sealed record RouteCase(string Method, string Pattern, RouteRule Rule)
{
    /// <summary>
    /// The JSON body sent with POST, PUT and PATCH, with <c>{pcnId}</c>-style ids filled as in the route. Refused callers
    /// must be turned away before it is validated.
    /// </summary>
    public string Body { get; init; } = "{}";

    /// <summary>A query string (without '?', ids filled as in the route) added to the call, for routes that need one to get past binding.</summary>
    public string? Query { get; init; }

    /// <summary>
    /// Each allowed call gets newly started programmes' ids, for routes that use up what they act on (cancel, delete),
    /// so one allowed caller does not leave a 404 or 409 for the next.
    /// </summary>
    public bool FreshIds { get; init; }

    /// <summary>
    /// The route answers a body that is not JSON with a 200 report of what is wrong with it, not a 400: checking what it
    /// is sent is its job (validating a definition as the designer edits it).
    /// </summary>
    public bool ReportsBadJson { get; init; }

    public string Key => $"{Method} {Pattern}";

    public override string ToString() => Key;
}
