using System.Text.RegularExpressions;

namespace PcnFlow.Server.Tests.Security;

/// <summary>
/// Fills a route pattern's parameters (and a row's query string or body) with real ids from one organisation set. A
/// parameter it does not know fails the test with a message saying to teach it here, rather than calling the route
/// with a made-up value.
/// </summary>
public static partial class RouteValues
{
    public const string DefinitionId = "six-step-development-support";
    public const string EventName = "route-table-test-event";

    public static string Fill(string pattern, OrganisationIds ids) =>
        Parameter().Replace(pattern, m =>
        {
            var name = m.Groups["name"].Value;
            var value = Resolve(pattern, name, ids)
                ?? throw new InvalidOperationException($"No value for route parameter '{name}' in {pattern}: teach {nameof(RouteValues)}.{nameof(Resolve)} about it.");
            return m.Groups["catchAll"].Success ? value : Uri.EscapeDataString(value);
        });

    public static string? Resolve(string pattern, string name, OrganisationIds ids) => name switch
    {
        "id" => ById(pattern, ids),
        "instanceId" => ids.InstanceId,
        "taskId" => ids.TaskId.ToString(),
        "pcnId" => ids.PcnId.ToString(),
        "icsId" => ids.IcsId.ToString(),
        "practiceId" => ids.PracticeId.ToString(),
        "organisationId" => ids.PcnId.ToString(),
        "roleId" => ids.RoleId.ToString(),
        "personId" => ids.PersonId.ToString(),
        "definitionId" => DefinitionId,
        "version" => "1",
        "name" => EventName,
        "token" => ids.CalendarToken,
        "documentName" => "v1",
        "path" => "",
        _ => null,
    };

    // {id} means whatever the route's area is about: /api/tasks/{id} is a task, /api/organisations/{id} an organisation.
    // A decision is only taken on a sign-off, and only a personal plan can be shared, so those routes get one.
    private static string? ById(string pattern, OrganisationIds ids) => Area(pattern) switch
    {
        "workflow-instances" when pattern.EndsWith("/share", StringComparison.Ordinal) => ids.PersonalPlanId,
        "workflow-instances" => ids.InstanceId,
        "tasks" when pattern.EndsWith("/decision", StringComparison.Ordinal) => ids.SignOffTaskId.ToString(),
        "tasks" => ids.TaskId.ToString(),
        "notifications" => ids.NotificationId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "organisations" => ids.PcnId.ToString(),
        "workflow-definitions" => DefinitionId,
        _ => null,
    };

    private static string Area(string pattern)
    {
        var segments = pattern.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments is ["api", var area, ..] ? area : "";
    }

    [GeneratedRegex(@"\{(?<catchAll>\*{1,2})?(?<name>[A-Za-z0-9_]+)[^}]*\}")]
    private static partial Regex Parameter();
}
