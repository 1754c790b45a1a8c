using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PcnFlow.Engine.Calendar;
using PcnFlow.Persistence;
using PcnFlow.Persistence.Identity;
using PcnFlow.Persistence.Organisations;
using PcnFlow.Server.Instances;

namespace PcnFlow.Server.Seed;

/// <summary>
/// The Development demo: one ICS with three PCNs, a lead, a CD per PCN, a practice manager, a support person
/// and an admin, with both programmes running at staggered starts so the dashboard and inboxes show done,
/// due and overdue work. It runs only on a database with no organisations, so it never touches real data.
/// </summary>
internal sealed class DemoSeeder(
    PcnFlowDbContext db, UserManager<PcnFlowUser> users, InstanceCommands commands, DemoProgress progress, IConfiguration configuration, TimeProvider time)
{
    public const string Domain = "demo.pcnflow.test";
    public const string PasswordSetting = "PCNFLOW_DEMO_PASSWORD";
    public const string SixSteps = "six-step-development-support";

    public static readonly IReadOnlyList<DemoPcn> Pcns =
    [
        new("Riverside PCN", ["Riverside Surgery", "Mill Lane Practice", "Bridge Street Medical Centre"], "Dr Sam Patel", Day0: -200, DirectorStart: -60, DoneBefore: -7),
        new("Hillside PCN", ["Hill Top Surgery", "Orchard Health Centre"], "Dr Jo Williams", Day0: -90, DirectorStart: -45, DoneBefore: -25),
        new("Seaside PCN", ["Harbour View Surgery", "Promenade Practice", "Cliff Road Medical Practice"], "Dr Chris Evans", Day0: -20, DirectorStart: -20, DoneBefore: -3),
    ];

    public async Task<DemoSeedResult?> SeedAsync(CancellationToken ct)
    {
        if (await db.Organisations.AnyAsync(ct))
            return null;
        var configured = configuration[PasswordSetting];
        var generated = string.IsNullOrEmpty(configured);
        var password = generated ? DemoPassword.Generate() : configured!;
        var now = time.GetUtcNow();
        var today = UkTime.Today(now);

        var ics = Organisation(OrganisationKind.Ics, "Demo ICS", null, now);
        var pcns = Pcns.Select(p => Organisation(OrganisationKind.Pcn, p.Name, ics.Id, now)).ToList();
        var practices = Pcns.Zip(pcns).Select(pair => pair.First.Practices.Select(name => Organisation(OrganisationKind.Practice, name, pair.Second.Id, now)).ToList()).ToList();
        await db.SaveChangesAsync(ct);

        var signIns = new List<DemoSignIn>();
        await AddPersonAsync("admin", "Demo Admin", AccessRoles.Admin, null, null, password, "admin: everything, including /hangfire", signIns, ct);
        await AddPersonAsync("lead", "Alex Morgan", AccessRoles.ProgrammeLead, ics.Id, null, password, "programme lead of Demo ICS", signIns, ct);
        var directors = new List<PcnFlowUser>();
        for (var i = 0; i < Pcns.Count; i++)
            directors.Add(await AddPersonAsync($"cd{i + 1}", Pcns[i].DirectorName, AccessRoles.ClinicalDirector, pcns[i].Id, null, password, $"Clinical Director of {Pcns[i].Name}", signIns, ct));
        await AddPersonAsync("pm1", "Pat Jones", AccessRoles.PracticeManager, practices[0][0].Id, null, password, $"practice manager at {practices[0][0].Name} ({Pcns[0].Name})", signIns, ct);
        await AddPersonAsync("support1", "Morgan Lee", AccessRoles.SupportPerson, pcns[0].Id, directors[0].Id, password, $"support person for {Pcns[0].DirectorName}", signIns, ct);
        await db.SaveChangesAsync(ct);

        var lead = $"lead@{Domain}";
        for (var i = 0; i < Pcns.Count; i++)
        {
            var started = await commands.StartAsync(new StartProgramme(SixSteps, null, pcns[i].Id, today.AddDays(Pcns[i].Day0), null, null), lead, ct);
            if (started.Status != CommandStatus.Ok)
                throw new InvalidOperationException($"The demo could not start {SixSteps} for {Pcns[i].Name}: {started.Message}");
        }
        for (var i = 0; i < Pcns.Count; i++)
            await progress.CompleteDueAsync(pcns[i].Id, Pcns[i], directors[i], today, ct);
        await progress.SkipStaleNoticesAsync(ct);
        return new DemoSeedResult(password, generated, signIns);
    }

    /// <summary>The demo accounts already in the database, for the start-up message on later runs.</summary>
    public async Task<IReadOnlyList<string>> ExistingSignInsAsync(CancellationToken ct) =>
        await db.Users.AsNoTracking().Where(u => u.Email != null && u.Email.EndsWith("@" + Domain)).OrderBy(u => u.Email).Select(u => u.Email!).ToListAsync(ct);

    private Organisation Organisation(OrganisationKind kind, string name, Guid? parent, DateTimeOffset now) =>
        db.Organisations.Add(new Organisation { Kind = kind, Name = name, ParentId = parent, CreatedAt = now }).Entity;

    private async Task<PcnFlowUser> AddPersonAsync(
        string name, string displayName, string role, Guid? organisation, Guid? supports, string password, string description, List<DemoSignIn> signIns, CancellationToken ct)
    {
        var email = $"{name}@{Domain}";
        var user = new PcnFlowUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
            throw new InvalidOperationException($"The demo user {email} could not be created ({PasswordSetting} must meet the password rules): {string.Join(" ", created.Errors.Select(e => e.Description))}");
        db.RoleAssignments.Add(new RoleAssignment { UserId = user.Id, Role = role, OrganisationId = organisation, SupportsUserId = supports });
        signIns.Add(new DemoSignIn(email, description));
        ct.ThrowIfCancellationRequested();
        return user;
    }
}
