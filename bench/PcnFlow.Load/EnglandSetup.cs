using System.Diagnostics;
using System.Text.Json.Nodes;

namespace PcnFlow.Load;

/// <summary>
/// Builds England through the HTTP API, as an admin and the ICS leads would: ICSs with a programme lead each; PCNs
/// with one practice and a Clinical Director who also sits on the PCN board and manages the practice (so one
/// person can act on every PCN-side task); then both programmes started for every PCN by its lead.
/// </summary>
public static class EnglandSetup
{
    public const string AdminEmail = "admin@load.pcnflow.test";
    public static readonly string[] Programmes = ["six-step-development-support", "first-100-days"];

    public static async Task<(England England, TimeSpan Elapsed, int Instances)> RunAsync(Api api, LoadOptions options, DateOnly day0)
    {
        var started = Stopwatch.GetTimestamp();
        var admin = await api.SignInAsync(AdminEmail, England.Password);
        var england = new England(day0);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Clients };
        var icss = new Ics[options.Icss];
        await Parallel.ForEachAsync(Enumerable.Range(0, options.Icss), parallel, async (i, _) => icss[i] = await CreateIcsAsync(admin, i));
        england.Icss.AddRange(icss);

        var pcns = new (int Ics, Pcn Pcn)[options.Pcns];
        await Parallel.ForEachAsync(Enumerable.Range(0, options.Pcns), parallel, async (p, _) =>
        {
            var ics = p % options.Icss;
            pcns[p] = (ics, await CreatePcnAsync(admin, icss[ics].Id, p));
        });
        foreach (var (ics, pcn) in pcns)
            icss[ics].Pcns.Add(pcn);

        var leads = new Session[options.Icss];
        await Parallel.ForEachAsync(Enumerable.Range(0, options.Icss), parallel, async (i, _) => leads[i] = await api.SignInAsync(icss[i].LeadEmail, England.Password));
        var instances = 0;
        await Parallel.ForEachAsync(pcns, parallel, async (entry, _) =>
        {
            var lead = leads[entry.Ics];
            await lead.PostAsync("POST /api/workflow-instances", "/api/workflow-instances", new { definitionId = Programmes[0], pcnId = entry.Pcn.Id, day0 });
            await lead.PostAsync("POST /api/workflow-instances", "/api/workflow-instances", new { definitionId = Programmes[1], pcnId = entry.Pcn.Id, day0, ownerUserId = entry.Pcn.DirectorId });
            Interlocked.Add(ref instances, 2);
        });
        return (england, Stopwatch.GetElapsedTime(started), instances);
    }

    private static async Task<Ics> CreateIcsAsync(Session admin, int i)
    {
        var ics = await admin.PostAsync("POST /api/organisations", "/api/organisations", new { kind = "Ics", name = $"Load ICS {i + 1}" });
        var id = Id(ics);
        var email = $"lead{i + 1}@load.pcnflow.test";
        await admin.PostAsync("POST /api/organisations/{id}/people", $"/api/organisations/{id}/people",
            new { email, displayName = $"Lead {i + 1}", role = "ProgrammeLead", password = England.Password });
        return new Ics(id, email);
    }

    private static async Task<Pcn> CreatePcnAsync(Session admin, Guid icsId, int p)
    {
        var pcn = Id(await admin.PostAsync("POST /api/organisations", "/api/organisations", new { kind = "Pcn", name = $"Load PCN {p + 1}", parentId = icsId }));
        var practice = Id(await admin.PostAsync("POST /api/organisations", "/api/organisations", new { kind = "Practice", name = $"Load Practice {p + 1}", parentId = pcn }));
        var email = $"cd{p + 1}@load.pcnflow.test";
        var person = await admin.PostAsync("POST /api/organisations/{id}/people", $"/api/organisations/{pcn}/people",
            new { email, displayName = $"Dr Director {p + 1}", role = "ClinicalDirector", password = England.Password });
        var director = Id(person);
        await admin.PostAsync("POST /api/organisations/{id}/roles", $"/api/organisations/{pcn}/roles", new { userId = director, role = "PcnBoard" });
        await admin.PostAsync("POST /api/organisations/{id}/roles", $"/api/organisations/{practice}/roles", new { userId = director, role = "PracticeManager" });
        return new Pcn(pcn, practice, director, email);
    }

    private static Guid Id(JsonNode node) => Guid.Parse(node["id"]!.GetValue<string>());
}
