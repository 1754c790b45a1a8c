namespace PcnFlow.Server.Organisations;

/// <summary>
/// <c>/api/organisations</c>: ICSs, PCNs and practices, the people in them and their roles, and webhooks.
/// Everyone sees their own part of the tree; admins and programme leads manage it. <c>/api/me</c> sits here
/// too because a person's preferences belong with the people they are.
/// </summary>
internal static class OrganisationsApi
{
    public static RouteGroupBuilder MapOrganisationsApi(this IEndpointRouteBuilder routes)
    {
        routes.MapPreferencesApi();
        var group = routes.MapGroup("/organisations").WithTags("Organisations").RequireAuthorization();

        group.MapGet("/", OrganisationQueries.ListAsync)
            .WithName("ListOrganisations")
            .WithSummary("The ICSs, PCNs and practices you can see, optionally of one kind or under one parent.");
        group.MapGet("/{id:guid}", OrganisationQueries.GetAsync)
            .WithName("GetOrganisation")
            .WithSummary("One organisation you can see.");
        group.MapGet("/{id:guid}/people", PeopleQueries.ListAsync)
            .WithName("ListOrganisationPeople")
            .WithSummary("The people with a role in an organisation (and the support people of its CDs), with those roles.");

        group.MapPost("/", OrganisationWrites.CreateAsync)
            .RequireAuthorization(OrganisationAccess.ManagersPolicy)
            .WithName("CreateOrganisation")
            .WithSummary("Adds an ICS (admins), or a PCN or practice within your ICS.");
        group.MapPut("/{id:guid}", OrganisationWrites.UpdateAsync)
            .RequireAuthorization(OrganisationAccess.ManagersPolicy)
            .WithName("UpdateOrganisation")
            .WithSummary("Renames an organisation or changes its ODS code.");
        group.MapPut("/{id:guid}/webhook", OrganisationWrites.SetWebhookAsync)
            .RequireAuthorization(OrganisationAccess.ManagersPolicy)
            .WithName("SetOrganisationWebhook")
            .WithSummary("Sets (or, when empty, removes) the Teams or Slack incoming webhook that gets this organisation's notifications.");
        group.MapPost("/{id:guid}/people", PeopleWrites.CreateAsync)
            .RequireAuthorization(OrganisationAccess.ManagersPolicy)
            .WithName("CreatePerson")
            .WithSummary("Adds a person with a role in this organisation.");
        group.MapPost("/{id:guid}/roles", RoleAssignments.AddAsync)
            .RequireAuthorization(OrganisationAccess.ManagersPolicy)
            .WithName("AddRoleAssignment")
            .WithSummary("Gives an existing person a role in this organisation.");
        group.MapDelete("/{id:guid}/roles/{roleId:guid}", RoleAssignments.RemoveAsync)
            .RequireAuthorization(OrganisationAccess.ManagersPolicy)
            .WithName("RemoveRoleAssignment")
            .WithSummary("Takes a role in this organisation away from someone.");
        return group;
    }
}
