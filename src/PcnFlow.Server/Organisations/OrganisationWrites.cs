using Microsoft.AspNetCore.Http.HttpResults;
using PcnFlow.Persistence;
using PcnFlow.Persistence.Organisations;
using PcnFlow.Server.Auth;
using PcnFlow.Server.Definitions;

namespace PcnFlow.Server.Organisations;

/// <summary>Adding and renaming ICSs, PCNs and practices, and setting where an organisation's webhook posts.</summary>
internal static class OrganisationWrites
{
    public static async Task<Results<Created<OrganisationDto>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        OrganisationRequest body, PcnFlowDbContext db, CurrentUser user, TimeProvider time, CancellationToken ct)
    {
        var errors = OrganisationInput.CheckNames(body.Name, body.OdsCode);
        var kind = OrganisationInput.ParseKind(body.Kind);
        if (kind == null)
            errors.Add(new("kind", "Kind is Ics, Pcn or Practice."));
        else if (kind == OrganisationKind.Ics && body.ParentId != null)
            errors.Add(new("parentId", "An ICS has no parent organisation; leave parentId out."));
        else if (kind != OrganisationKind.Ics && body.ParentId == null)
            errors.Add(new("parentId", kind == OrganisationKind.Pcn ? "A PCN belongs to an ICS: give the ICS's id as parentId." : "A practice belongs to a PCN: give the PCN's id as parentId."));
        if (errors.Count > 0)
            return ApiProblems.Invalid(errors);

        var scope = await user.ScopeAsync(ct);
        Guid? icsId = null;
        if (kind == OrganisationKind.Ics)
        {
            if (!scope.IsAdmin)
                return ApiProblems.Forbidden("Only an admin can add an ICS.");
        }
        else
        {
            var expected = kind == OrganisationKind.Pcn ? OrganisationKind.Ics : OrganisationKind.Pcn;
            var (parent, parentIcs) = await OrganisationAccess.FindAsync(db, scope, body.ParentId!.Value, ct);
            if (parent == null || parent.Kind != expected)
                return ApiProblems.Invalid("parentId", $"There is no {(expected == OrganisationKind.Ics ? "ICS" : "PCN")} with that id that you can see.");
            icsId = parentIcs;
            if (!OrganisationAccess.CanEdit(scope, kind!.Value, icsId))
                return OrganisationQueries.CannotManage(parent);
        }
        var organisation = new Organisation
        {
            Kind = kind!.Value,
            Name = body.Name!.Trim(),
            OdsCode = string.IsNullOrWhiteSpace(body.OdsCode) ? null : body.OdsCode.Trim(),
            ParentId = body.ParentId,
            CreatedAt = time.GetUtcNow(),
        };
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/organisations/{organisation.Id}", OrganisationDto.From(organisation));
    }

    public static async Task<Results<Ok<OrganisationDto>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        Guid id, OrganisationUpdate body, PcnFlowDbContext db, CurrentUser user, CancellationToken ct)
    {
        var errors = OrganisationInput.CheckNames(body.Name, body.OdsCode);
        if (errors.Count > 0)
            return ApiProblems.Invalid(errors);
        var scope = await user.ScopeAsync(ct);
        var (organisation, icsId) = await OrganisationAccess.FindAsync(db, scope, id, ct);
        if (organisation == null)
            return OrganisationQueries.NotFound();
        if (!OrganisationAccess.CanEdit(scope, organisation.Kind, icsId))
            return OrganisationQueries.CannotManage(organisation);
        organisation.Name = body.Name!.Trim();
        organisation.OdsCode = string.IsNullOrWhiteSpace(body.OdsCode) ? null : body.OdsCode.Trim();
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(OrganisationDto.From(organisation));
    }

    public static async Task<Results<Ok<OrganisationDto>, ValidationProblem, ProblemHttpResult>> SetWebhookAsync(
        Guid id, WebhookRequest body, PcnFlowDbContext db, CurrentUser user, CancellationToken ct)
    {
        var url = string.IsNullOrWhiteSpace(body.Url) ? null : body.Url.Trim();
        if (url != null && OrganisationInput.CheckWebhook(url) is { } problem)
            return ApiProblems.Invalid("url", problem);
        var scope = await user.ScopeAsync(ct);
        var (organisation, icsId) = await OrganisationAccess.FindAsync(db, scope, id, ct);
        if (organisation == null)
            return OrganisationQueries.NotFound();
        if (!OrganisationAccess.CanManage(scope, icsId))
            return OrganisationQueries.CannotManage(organisation);
        organisation.WebhookUrl = url;
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(OrganisationDto.From(organisation));
    }
}
