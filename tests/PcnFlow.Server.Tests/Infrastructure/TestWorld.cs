using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using PcnFlow.Persistence;
using PcnFlow.Persistence.Identity;
using PcnFlow.Persistence.Organisations;

namespace PcnFlow.Server.Tests.Infrastructure;

/// <summary>
/// Two ICSs of people for authorisation and scope tests. North ICS: PCN A (practices A1, A2) and PCN B (B1);
/// South ICS: PCN C. People: admin, lead (North), cdA, cdB, pmA (practice A1), supportA (supports cdA),
/// boardA, leadSouth, cdC. Everyone's password is <see cref="Password"/>.
/// </summary>
public sealed class TestWorld
{
    public const string Password = "Correct-Horse-Battery-9";

    private readonly PcnFlowAppFactory _factory;
    private readonly Dictionary<string, string> _tokens = [];

    private TestWorld(PcnFlowAppFactory factory) => _factory = factory;

    public Organisation North { get; private set; } = null!;
    public Organisation South { get; private set; } = null!;
    public Organisation PcnA { get; private set; } = null!;
    public Organisation PcnB { get; private set; } = null!;
    public Organisation PcnC { get; private set; } = null!;
    public Organisation PracticeA1 { get; private set; } = null!;
    public Dictionary<string, PcnFlowUser> Users { get; } = [];

    public static async Task<TestWorld> CreateAsync(PcnFlowAppFactory factory)
    {
        var world = new TestWorld(factory);
        await world.SeedAsync();
        return world;
    }

    public PcnFlowUser this[string name] => Users[name];

    /// <summary>An HTTP client signed in as <paramref name="name"/> with a bearer token.</summary>
    public async Task<HttpClient> ClientForAsync(string name)
    {
        var client = _factory.CreateClient();
        if (!_tokens.TryGetValue(name, out var token))
        {
            using var response = await _factory.CreateClient().PostAsJsonAsync("/api/auth/login", new { email = Users[name].Email, password = Password });
            response.EnsureSuccessStatusCode();
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            token = body.RootElement.GetProperty("accessToken").GetString()!;
            _tokens[name] = token;
        }
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private async Task SeedAsync()
    {
        using var scope = _factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PcnFlowDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PcnFlowUser>>();
        North = Add(db, OrganisationKind.Ics, "North ICS", null);
        South = Add(db, OrganisationKind.Ics, "South ICS", null);
        PcnA = Add(db, OrganisationKind.Pcn, "Riverside PCN", North.Id);
        PcnB = Add(db, OrganisationKind.Pcn, "Hillside PCN", North.Id);
        PcnC = Add(db, OrganisationKind.Pcn, "Seaside PCN", South.Id);
        PracticeA1 = Add(db, OrganisationKind.Practice, "Riverside Surgery", PcnA.Id);
        Add(db, OrganisationKind.Practice, "Mill Lane Practice", PcnA.Id);
        Add(db, OrganisationKind.Practice, "Hill Top Surgery", PcnB.Id);
        await db.SaveChangesAsync();
        await AddUserAsync(users, db, "admin", AccessRoles.Admin, null);
        await AddUserAsync(users, db, "lead", AccessRoles.ProgrammeLead, North.Id);
        await AddUserAsync(users, db, "cdA", AccessRoles.ClinicalDirector, PcnA.Id);
        await AddUserAsync(users, db, "cdB", AccessRoles.ClinicalDirector, PcnB.Id);
        await AddUserAsync(users, db, "pmA", AccessRoles.PracticeManager, PracticeA1.Id);
        await AddUserAsync(users, db, "boardA", AccessRoles.PcnBoard, PcnA.Id);
        await AddUserAsync(users, db, "leadSouth", AccessRoles.ProgrammeLead, South.Id);
        await AddUserAsync(users, db, "cdC", AccessRoles.ClinicalDirector, PcnC.Id);
        await AddUserAsync(users, db, "supportA", AccessRoles.SupportPerson, null, supports: Users["cdA"].Id);
        await db.SaveChangesAsync();
    }

    private Organisation Add(PcnFlowDbContext db, OrganisationKind kind, string name, Guid? parent)
    {
        var organisation = new Organisation { Kind = kind, Name = name, ParentId = parent, CreatedAt = _factory.Time.GetUtcNow() };
        db.Organisations.Add(organisation);
        return organisation;
    }

    private async Task AddUserAsync(UserManager<PcnFlowUser> users, PcnFlowDbContext db, string name, string role, Guid? organisation, Guid? supports = null)
    {
        var user = new PcnFlowUser { UserName = $"{name}@test.pcnflow", Email = $"{name}@test.pcnflow", EmailConfirmed = true, DisplayName = name };
        var result = await users.CreateAsync(user, Password);
        if (!result.Succeeded)
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        db.RoleAssignments.Add(new RoleAssignment { UserId = user.Id, Role = role, OrganisationId = organisation, SupportsUserId = supports });
        Users[name] = user;
    }
}
