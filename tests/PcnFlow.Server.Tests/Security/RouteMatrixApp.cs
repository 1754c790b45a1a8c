using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PcnFlow.Persistence;
using PcnFlow.Persistence.Organisations;
using PcnFlow.Persistence.Tasks;
using PcnFlow.Server.Instances;
using PcnFlow.Server.Tests.Infrastructure;

namespace PcnFlow.Server.Tests.Security;

/// <summary>
/// The <see cref="TestWorld"/> plus a six-step programme running in PCN A (North) and PCN C (South), so every route
/// can be called with real ids from the caller's own organisation and from another one.
/// </summary>
public sealed class RouteMatrixApp : SecuredApp
{
    public Dictionary<OrganisationSet, OrganisationIds> Ids { get; } = [];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var southPractice = await AddPracticeAsync("Seaside Surgery", World.PcnC.Id);
        Ids[OrganisationSet.North] = await StartAsync(World.North.Id, World.PcnA.Id, World.PracticeA1.Id, World["cdA"].CalendarToken);
        Ids[OrganisationSet.South] = await StartAsync(World.South.Id, World.PcnC.Id, southPractice, World["cdC"].CalendarToken);
    }

    /// <summary>A newly started programme in the set's PCN, for routes that use up what they act on.</summary>
    public Task<OrganisationIds> StartProgrammeAsync(OrganisationSet set)
    {
        var ids = Ids[set];
        return StartAsync(ids.IcsId, ids.PcnId, ids.PracticeId, ids.CalendarToken);
    }

    // Sign-in is called many times by many callers here; its throttling has its own tests.
    protected override void Configure(PcnFlowAppFactory factory) => factory.With("Auth:LoginPermitLimit", "100000");

    private async Task<OrganisationIds> StartAsync(Guid ics, Guid pcn, Guid practice, string calendarToken)
    {
        using var scope = Factory.Services.CreateScope();
        var commands = scope.ServiceProvider.GetRequiredService<InstanceCommands>();
        var started = await commands.StartAsync(new StartProgramme(RouteValues.DefinitionId, null, pcn, new DateOnly(2026, 4, 1), null, null), "lead@test.pcnflow");
        if (started.Status != CommandStatus.Ok)
            throw new InvalidOperationException($"Could not start a programme for the route table: {started.Status} {started.Message}");
        var db = scope.ServiceProvider.GetRequiredService<PcnFlowDbContext>();
        var task = await db.Tasks.AsNoTracking().Where(t => t.InstanceId == started.Value && t.State == TaskState.Open).OrderBy(t => t.Id).FirstAsync();
        return new OrganisationIds(ics, pcn, practice, started.Value!, task.Id, calendarToken);
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
