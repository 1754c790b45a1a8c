using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PcnFlow.Persistence;
using PcnFlow.Persistence.Identity;
using PcnFlow.Persistence.Notifications;
using PcnFlow.Persistence.Organisations;
using PcnFlow.Server.Tests.Infrastructure;
using PcnFlow.Server.Tests.Instances;

namespace PcnFlow.Server.Tests.Security;

/// <summary>
/// The <see cref="TestWorld"/> plus a six-step programme running in PCN A (North) and PCN C (South), so every route
/// can be called with real ids from the caller's own organisation and from another one.
/// </summary>
public class RouteMatrixApp : SecuredApp
{
    private const string CdTask = "step1-name-partners";
    private const string SignOff = "step1-signoff";

    public Dictionary<OrganisationSet, OrganisationIds> Ids { get; } = [];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await GiveEveryoneAnAuthenticatorKeyAsync();
        var southPractice = await AddPracticeAsync("Seaside Surgery", World.PcnC.Id);
        Ids[OrganisationSet.North] = await FirstIdsAsync(World.North.Id, World.PcnA.Id, World.PracticeA1.Id, World["cdA"]);
        Ids[OrganisationSet.South] = await FirstIdsAsync(World.South.Id, World.PcnC.Id, southPractice, World["cdC"]);
    }

    /// <summary>A newly started programme in the set's PCN, and a new role to take away, for routes that use up what they act on.</summary>
    public async Task<OrganisationIds> StartProgrammeAsync(OrganisationSet set)
    {
        var ids = Ids[set];
        var programme = await StartAsync(ids.PcnId);
        return ids with
        {
            InstanceId = programme.InstanceId,
            TaskId = programme.TaskId,
            SignOffTaskId = programme.SignOffTaskId,
            RoleId = programme.RoleId,
        };
    }

    // Sign-in is called many times by many callers here; its throttling has its own tests.
    protected override void Configure(PcnFlowAppFactory factory) => factory.With("Auth:LoginPermitLimit", "100000");

    // POST /api/auth/manage/2fa makes a person's authenticator key on first use, which changes their security stamp and
    // so ends their other sign-ins (SecurityStampCheck); with a key made first, the table's callers keep their tokens.
    private async Task GiveEveryoneAnAuthenticatorKeyAsync()
    {
        using var scope = Factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PcnFlowUser>>();
        foreach (var person in World.Users.Values)
            await users.ResetAuthenticatorKeyAsync((await users.FindByIdAsync(person.Id.ToString()))!);
    }

    private async Task<OrganisationIds> FirstIdsAsync(Guid ics, Guid pcn, Guid practice, PcnFlowUser director)
    {
        var programme = await StartAsync(pcn);
        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PcnFlowDbContext>();
        // Appointing the CD in step 1 started their first 100 days, a plan of their own.
        var plan = await db.Instances.AsNoTracking().Where(i => i.ParentInstanceId == programme.InstanceId).Select(i => new { i.Id, i.OwnerUserId }).SingleAsync();
        if (plan.OwnerUserId != director.Id)
            throw new InvalidOperationException($"The first 100 days in {pcn} should belong to {director.DisplayName}.");
        var notification = new InAppNotification { Key = $"route-table:{director.Id}", UserId = director.Id, Title = "Route table", Body = "A notification to mark read.", CreatedAt = Factory.Time.GetUtcNow() };
        db.InAppNotifications.Add(notification);
        await db.SaveChangesAsync();
        var person = await AddPersonAsync(scope, "route-table-newcomer");
        return new OrganisationIds(ics, pcn, practice, programme.InstanceId, programme.TaskId, director.CalendarToken,
            programme.SignOffTaskId, plan.Id, notification.Id, person.Id, programme.RoleId);
    }

    // A six-step programme with step 1's practice and board tasks done, so the CD's task and the lead's sign-off are open.
    private async Task<(string InstanceId, Guid TaskId, Guid SignOffTaskId, Guid RoleId)> StartAsync(Guid pcn)
    {
        var instanceId = await Programmes.StartAsync(Factory, RouteValues.DefinitionId, pcn, new DateOnly(2026, 4, 1));
        await Programmes.CompleteStepOneAsync(Factory, instanceId);
        var task = await Programmes.TaskAsync(Factory, instanceId, CdTask);
        var signOff = await Programmes.TaskAsync(Factory, instanceId, SignOff);
        using var scope = Factory.Services.CreateScope();
        var board = await AddPersonAsync(scope, "route-table-board");
        var role = new RoleAssignment { UserId = board.Id, Role = AccessRoles.PcnBoard, OrganisationId = pcn };
        var db = scope.ServiceProvider.GetRequiredService<PcnFlowDbContext>();
        db.RoleAssignments.Add(role);
        await db.SaveChangesAsync();
        return (instanceId, task.Id, signOff.Id, role.Id);
    }

    private static async Task<PcnFlowUser> AddPersonAsync(IServiceScope scope, string name)
    {
        var email = $"{name}-{Guid.NewGuid():N}@test.pcnflow";
        var person = new PcnFlowUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name };
        var created = await scope.ServiceProvider.GetRequiredService<UserManager<PcnFlowUser>>().CreateAsync(person);
        if (!created.Succeeded)
            throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
        return person;
    }

    private async Task<Guid> AddPracticeAsync(string name, Guid pcn)
    {
        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PcnFlowDbContext>();
        var practice = new Organisation { Kind = OrganisationKind.Practice, Name = name, ParentId = pcn, CreatedAt = Factory.Time.GetUtcNow() };
        db.Organisations.Add(practice);
        await db.SaveChangesAsync();
        return practice.Id;
    }
}
