using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PcnFlow.Engine.Calendar;
using PcnFlow.Engine.Runtime;
using PcnFlow.Persistence;
using PcnFlow.Persistence.Identity;
using PcnFlow.Persistence.Organisations;
using PcnFlow.Persistence.Scheduling;
using PcnFlow.Persistence.Tasks;
using PcnFlow.Server.Dashboard;
using PcnFlow.Server.Instances;
using PcnFlow.Server.Seed;
using PcnFlow.Server.Tests.Definitions;
using PcnFlow.Server.Tests.Infrastructure;
using PcnFlow.Server.Tests.Instances;

namespace PcnFlow.Server.Tests.Seed;

[Collection(AppHosts.Name)]
public sealed class DemoSeedTests
{
    private const string Password = "Demo-Password-2026!";

    [Fact]
    public async Task A_first_start_in_Development_seeds_the_demo_ICS_people_and_both_programmes_with_done_due_and_overdue_work()
    {
        using var factory = new DevelopmentAppFactory();
        factory.With(DemoSeeder.PasswordSetting, Password);
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PcnFlowDbContext>();
        var today = UkTime.Today(factory.Time.GetUtcNow());

        var ics = await db.Organisations.SingleAsync(o => o.Kind == OrganisationKind.Ics);
        ics.Name.ShouldBe("Demo ICS");
        var pcns = await db.Organisations.Where(o => o.Kind == OrganisationKind.Pcn).ToListAsync();
        pcns.Count.ShouldBe(3);
        pcns.ShouldAllBe(p => p.ParentId == ics.Id);
        foreach (var pcn in pcns)
            (await db.Organisations.CountAsync(o => o.ParentId == pcn.Id && o.Kind == OrganisationKind.Practice)).ShouldBeGreaterThanOrEqualTo(2);

        var roles = await db.RoleAssignments.Include(r => r.User).ToListAsync();
        string Holder(string role, Guid? organisation) => roles.Single(r => r.Role == role && r.OrganisationId == organisation).User!.Email!;
        Holder(AccessRoles.ProgrammeLead, ics.Id).ShouldBe("lead@demo.pcnflow.test");
        Holder(AccessRoles.Admin, null).ShouldBe("admin@demo.pcnflow.test");
        var directors = pcns.Select(p => roles.Single(r => r.Role == AccessRoles.ClinicalDirector && r.OrganisationId == p.Id)).ToList();
        directors.Select(d => d.User!.Email).Order(StringComparer.Ordinal).ShouldBe(["cd1@demo.pcnflow.test", "cd2@demo.pcnflow.test", "cd3@demo.pcnflow.test"]);
        var cd1 = directors.Single(d => d.User!.Email == "cd1@demo.pcnflow.test");
        roles.Single(r => r.Role == AccessRoles.SupportPerson).SupportsUserId.ShouldBe(cd1.UserId);
        var practiceOfPm1 = roles.Single(r => r.Role == AccessRoles.PracticeManager && r.User!.Email == "pm1@demo.pcnflow.test").OrganisationId;
        (await db.Organisations.SingleAsync(o => o.Id == practiceOfPm1)).ParentId.ShouldBe(cd1.OrganisationId);

        var instances = await db.Instances.ToListAsync();
        // The 100-day plan is the CD's own once the definition marks it personal; until then it belongs to the PCN.
        var personal = PersonalPlans.IsPersonal((await db.DefinitionVersions.SingleAsync(v => v.DefinitionId == "first-100-days")).Json);
        foreach (var director in directors)
        {
            instances.ShouldContain(i => i.DefinitionId == "six-step-development-support" && i.PcnId == director.OrganisationId && i.Status == WorkflowStatus.Running);
            var plan = instances.Single(i => i.DefinitionId == "first-100-days" && i.PcnId == director.OrganisationId);
            plan.Status.ShouldBe(WorkflowStatus.Running);
            plan.ParentInstanceId.ShouldNotBeNull();
            plan.OwnerUserId.ShouldBe(personal ? director.UserId : null);
        }
        instances.Where(i => i.DefinitionId == "six-step-development-support").Select(i => i.Day0).Distinct().Count().ShouldBe(3);

        var tasks = await db.Tasks.ToListAsync();
        tasks.ShouldContain(t => t.State == TaskState.Completed);
        tasks.ShouldContain(t => t.State == TaskState.Open && t.DueDate < today);
        tasks.ShouldContain(t => t.State == TaskState.Open && t.DueDate >= today);
        var cd1Plan = instances.Single(i => i.DefinitionId == "first-100-days" && i.PcnId == cd1.OrganisationId).Id;
        tasks.ShouldContain(t => t.InstanceId == cd1Plan && t.State == TaskState.Completed);
        tasks.ShouldContain(t => t.InstanceId == cd1Plan && t.State == TaskState.Open);
        // Reminders that fell due while history was played forward are not sent in a burst at first start.
        (await db.ScheduledWork.CountAsync(w => w.Kind == ScheduledWorkKind.Reminder && w.Status == ScheduledWorkStatus.Pending && w.DueAt <= factory.Time.GetUtcNow())).ShouldBe(0);

        var login = await factory.CreateClient().PostAsJsonAsync("/api/auth/login", new { email = "lead@demo.pcnflow.test", password = Password });
        login.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_demo_progress_chart_shows_work_completed_over_past_weeks_not_all_in_the_week_of_seeding()
    {
        using var factory = new DevelopmentAppFactory();
        factory.With(DemoSeeder.PasswordSetting, Password);
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PcnFlowDbContext>();
        var ics = await db.Organisations.SingleAsync(o => o.Kind == OrganisationKind.Ics);
        var now = factory.Time.GetUtcNow();
        (await db.Tasks.AnyAsync(t => t.State == TaskState.Completed && t.CompletedAt > now)).ShouldBeFalse();

        using var login = await factory.CreateClient().PostAsJsonAsync("/api/auth/login", new { email = "lead@demo.pcnflow.test", password = Password });
        using var body = JsonDocument.Parse(await login.Content.ReadAsStringAsync());
        var lead = factory.CreateClient();
        lead.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body.RootElement.GetProperty("accessToken").GetString());
        var progress = await (await lead.GetAsync($"/api/dashboard/{ics.Id}/progress?weeks=26")).ReadAsync<DashboardProgress>();

        var busyWeeks = progress.Weeks.Where(w => w.Completed > 0).ToList();
        busyWeeks.Count.ShouldBeGreaterThan(1);
        progress.Weeks[^1].Completed.ShouldBeLessThan(progress.Weeks[^1].CompletedToDate);
    }

    [Fact]
    public async Task The_seeder_generates_a_strong_password_when_none_is_configured()
    {
        using var factory = new PcnFlowAppFactory();
        factory.With(DemoSeeder.PasswordSetting, "");
        using var scope = factory.Services.CreateScope();

        var seeded = await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(CancellationToken.None);

        seeded.ShouldNotBeNull();
        seeded.PasswordGenerated.ShouldBeTrue();
        seeded.Password.Length.ShouldBeGreaterThanOrEqualTo(16);
        seeded.SignIns.Select(s => s.Email).ShouldBe(
            ["admin@demo.pcnflow.test", "lead@demo.pcnflow.test", "cd1@demo.pcnflow.test", "cd2@demo.pcnflow.test", "cd3@demo.pcnflow.test", "pm1@demo.pcnflow.test", "support1@demo.pcnflow.test"]);
        var login = await factory.CreateClient().PostAsJsonAsync("/api/auth/login", new { email = "cd1@demo.pcnflow.test", password = seeded.Password });
        login.StatusCode.ShouldBe(HttpStatusCode.OK);
        DemoPassword.Generate().ShouldNotBe(DemoPassword.Generate());
    }

    [Fact]
    public async Task The_seeder_leaves_a_database_that_already_has_organisations_alone()
    {
        using var factory = new PcnFlowAppFactory();
        await TestWorld.CreateAsync(factory);
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PcnFlowDbContext>();
        var before = await db.Organisations.CountAsync();

        var seeded = await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(CancellationToken.None);

        seeded.ShouldBeNull();
        (await db.Organisations.CountAsync()).ShouldBe(before);
        (await db.Users.AnyAsync(u => u.Email!.EndsWith("@demo.pcnflow.test"))).ShouldBeFalse();
        (await db.Instances.AnyAsync()).ShouldBeFalse();
    }

    [Fact]
    public void The_start_up_message_gives_the_address_the_sign_ins_and_a_generated_password_only_when_just_made()
    {
        var seeded = new DemoSeedResult("Xy7-generated-pass", true, [new DemoSignIn("lead@demo.pcnflow.test", "programme lead of Demo ICS")]);
        var first = new StringWriter();
        DemoBanner.Write(first, "https://localhost:7001/", seeded, []);
        first.ToString().ShouldContain("Open:     https://localhost:7001/  (the web app)");
        first.ToString().ShouldContain("https://localhost:7001/scalar");
        first.ToString().ShouldContain("lead@demo.pcnflow.test");
        first.ToString().ShouldContain("Xy7-generated-pass");

        var later = new StringWriter();
        DemoBanner.Write(later, "http://localhost:5000", null, ["cd1@demo.pcnflow.test"]);
        later.ToString().ShouldContain("http://localhost:5000/scalar");
        later.ToString().ShouldContain("cd1@demo.pcnflow.test");
        later.ToString().ShouldNotContain("Xy7-generated-pass");
    }
}
