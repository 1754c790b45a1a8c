namespace PcnFlow.Server.Tests.Security;

/// <summary>
/// Who may call every route the app maps. <see cref="RouteAuthorizationTests"/> fails for any route missing here
/// (a new endpoint cannot ship unchecked) and for any row whose route no longer exists.
/// Add a row per route with the rule it should follow; see <see cref="RouteRule"/> for the rules.
/// </summary>
public static class RouteExpectations
{
    public static readonly IReadOnlyList<RouteCase> All =
    [
        // Identity's endpoints, adjusted by Auth/IdentityEndpointRules: registration is closed.
        new("POST", "/api/auth/register", RouteRule.Nobody),
        new("POST", "/api/auth/login", RouteRule.Anonymous),
        new("POST", "/api/auth/refresh", RouteRule.Anonymous),
        new("GET", "/api/auth/confirmEmail", RouteRule.Anonymous),
        new("POST", "/api/auth/resendConfirmationEmail", RouteRule.Anonymous),
        new("POST", "/api/auth/forgotPassword", RouteRule.Anonymous),
        new("POST", "/api/auth/resetPassword", RouteRule.Anonymous),
        new("POST", "/api/auth/manage/2fa", RouteRule.AnyoneSignedIn),
        new("GET", "/api/auth/manage/info", RouteRule.AnyoneSignedIn),
        new("POST", "/api/auth/manage/info", RouteRule.AnyoneSignedIn),
        new("GET", "/api/auth/me", RouteRule.AnyoneSignedIn),
        new("POST", "/api/auth/logout", RouteRule.AnyoneSignedIn),

        // Programme designs are shared by every ICS: anyone signed in reads and projects them, leads design them.
        new("GET", "/api/workflow-definitions/", RouteRule.AnyoneSignedIn),
        new("GET", "/api/workflow-definitions/{definitionId}", RouteRule.AnyoneSignedIn),
        new("GET", "/api/workflow-definitions/{definitionId}/versions", RouteRule.AnyoneSignedIn),
        new("GET", "/api/workflow-definitions/{definitionId}/export", RouteRule.AnyoneSignedIn),
        new("POST", "/api/workflow-definitions/validate", RouteRule.AnyoneSignedIn) { Body = MinimalDefinition, ReportsBadJson = true },
        new("POST", "/api/workflow-definitions/{definitionId}/simulate", RouteRule.AnyoneSignedIn) { Body = """{"day0":"2026-07-01","days":120}""" },
        new("POST", "/api/workflow-definitions/", RouteRule.ProgrammeLeadOrAdmin) { Body = MinimalDefinition },
        new("POST", "/api/workflow-definitions/import", RouteRule.ProgrammeLeadOrAdmin) { Body = MinimalDefinition },
        // An empty body (400) and a publish with no draft (409): the six steps must stay as they are for the rows below.
        new("PUT", "/api/workflow-definitions/{definitionId}", RouteRule.ProgrammeLeadOrAdmin),
        new("POST", "/api/workflow-definitions/{definitionId}/publish", RouteRule.ProgrammeLeadOrAdmin) { Body = """{"versionNote":"Route table"}""" },

        // A PCN's programme is seen by its ICS's lead and the PCN's members; only the lead starts and stops it.
        new("GET", "/api/workflow-instances/", RouteRule.AnyoneSignedIn),
        new("GET", "/api/workflow-instances/{id}", RouteRule.OwnOrgMembers),
        new("GET", "/api/workflow-instances/{id}/journal", RouteRule.OwnOrgMembers),
        new("POST", "/api/workflow-instances/", RouteRule.LeadOrAdminOfOwnOrg)
        {
            Body = $$"""{"definitionId":"{{RouteValues.DefinitionId}}","pcnId":"{pcnId}","day0":"2026-04-01"}""",
        },
        new("POST", "/api/workflow-instances/{id}/cancel", RouteRule.LeadOrAdminOfOwnOrg) { Body = """{"reason":"Route table"}""", FreshIds = true },
        // The CD's first 100 days are theirs alone to share, even the admin's; sent as "keep private" so nothing changes.
        new("POST", "/api/workflow-instances/{id}/share", RouteRule.OwnerOnly) { Body = """{"shared":false}""" },
        // Moving a programme to another version is the lead's, for their own ICS; a dry run to the version it is on is a 409 for them.
        new("POST", "/api/workflow-instances/{id}/migrate", RouteRule.LeadOrAdminOfOwnOrg) { Query = "toVersion=1&dryRun=true" },
        // Any lead may ask to move a design's programmes: only those of their own ICS are touched (none here: all run version 1 already).
        new("POST", "/api/workflow-definitions/{definitionId}/migrate", RouteRule.ProgrammeLeadOrAdmin) { Query = "toVersion=1&dryRun=true" },

        // The task is the CD's (naming partners); the sign-off is the lead's. Anyone who can see a task can discuss it.
        new("GET", "/api/tasks/", RouteRule.AnyoneSignedIn),
        new("GET", "/api/tasks/{id:guid}", RouteRule.OwnOrgMembers),
        new("POST", "/api/tasks/{id:guid}/comments", RouteRule.OwnOrgMembers) { Body = """{"text":"Route table comment"}""" },
        new("POST", "/api/tasks/{id:guid}/evidence", RouteRule.OwnOrgMembers) { Body = """{"url":"https://example.nhs.uk/evidence","title":"Route table"}""" },
        new("POST", "/api/tasks/{id:guid}/complete", RouteRule.LeadOrDirectorOfOwnOrg)
        {
            Body = """{"fields":{"partners":"Riverside Community Trust"}}""",
            FreshIds = true,
        },
        new("POST", "/api/tasks/{id:guid}/decision", RouteRule.LeadOrAdminOfOwnOrg) { Body = """{"decision":"Approved"}""", FreshIds = true },
        new("POST", "/api/tasks/{id:guid}/reassign", RouteRule.LeadOrAdminOfOwnOrg) { Body = """{"userId":null}""" },
        new("PUT", "/api/tasks/{id:guid}/schedule", RouteRule.LeadOrAdminOfOwnOrg) { Body = """{"dueDate":"2027-03-31"}""" },

        // Events reach only the caller's own ICS's programmes, which the server decides from who they are, not the URL.
        new("POST", "/api/events/{name}", RouteRule.ProgrammeLeadOrAdmin),
        new("GET", "/api/dashboard/", RouteRule.LeadOrAdminOfOwnOrg) { Query = "icsId={icsId}" },
        new("GET", "/api/dashboard/{icsId:guid}/progress", RouteRule.LeadOrAdminOfOwnOrg),

        // Everything under /api/me and /api/notifications is the caller's own, whoever they are.
        new("GET", "/api/me/preferences", RouteRule.AnyoneSignedIn),
        new("PUT", "/api/me/preferences", RouteRule.AnyoneSignedIn) { Body = """{"notificationPreference":"Individual"}""" },
        new("GET", "/api/me/calendar-link", RouteRule.AnyoneSignedIn),
        new("POST", "/api/me/calendar-link/rotate", RouteRule.AnyoneSignedIn),
        // The feed's secret token is its authorisation, for calendar apps that cannot sign in.
        new("GET", "/api/calendar/{token}.ics", RouteRule.Anonymous),
        new("GET", "/api/notifications/", RouteRule.AnyoneSignedIn),
        new("POST", "/api/notifications/read-all", RouteRule.AnyoneSignedIn),
        new("POST", "/api/notifications/{id:long}/read", RouteRule.OwnerOnly),

        // The organisation is the set's PCN. Its members see it and its people; its ICS's lead manages it.
        new("GET", "/api/organisations/", RouteRule.AnyoneSignedIn),
        new("GET", "/api/organisations/{id:guid}", RouteRule.OwnOrgMembers),
        new("GET", "/api/organisations/{id:guid}/people", RouteRule.OwnOrgMembers),
        // Where the new practice goes is in the body; a parent outside the lead's ICS is a 400 (OrganisationWriteTests).
        new("POST", "/api/organisations/", RouteRule.ProgrammeLeadOrAdmin) { Body = """{"kind":"Practice","name":"Route Table Surgery","parentId":"{pcnId}"}""" },
        new("PUT", "/api/organisations/{id:guid}", RouteRule.LeadOrAdminOfOwnOrg) { Body = """{"name":"Route Table PCN"}""" },
        new("PUT", "/api/organisations/{id:guid}/webhook", RouteRule.LeadOrAdminOfOwnOrg) { Body = """{"url":""}""" },
        new("POST", "/api/organisations/{id:guid}/people", RouteRule.LeadOrAdminOfOwnOrg)
        {
            Body = """{"email":"route-table-person@test.pcnflow","displayName":"Route Table Person","role":"PcnBoard"}""",
        },
        new("POST", "/api/organisations/{id:guid}/roles", RouteRule.LeadOrAdminOfOwnOrg) { Body = """{"userId":"{personId}","role":"PcnBoard"}""" },
        new("DELETE", "/api/organisations/{id:guid}/roles/{roleId:guid}", RouteRule.LeadOrAdminOfOwnOrg) { FreshIds = true },

        new("*", "/hangfire/{**path}", RouteRule.AdminOnly),
        new("GET", "/openapi/{documentName}.json", RouteRule.Anonymous),
        new("GET", "/scalar/{documentName?}", RouteRule.Anonymous),
        new("GET", "/scalar/scalar.js", RouteRule.Anonymous),
        new("GET", "/scalar/scalar.aspnetcore.js", RouteRule.Anonymous),
        new("GET", "/scalar/favicon.svg", RouteRule.Anonymous),
    ];

    // The smallest definition the engine accepts; creating it twice is a 409, which still counts as let in.
    private const string MinimalDefinition = """
        {"definitionId":"route-table-definition","name":"Route table definition",
         "root":{"type":"Elsa.Flowchart","id":"flowchart","activities":[{"type":"Elsa.Start","id":"start"}],"connections":[]}}
        """;
}
