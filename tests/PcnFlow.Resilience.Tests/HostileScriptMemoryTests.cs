using System.Diagnostics;
using PcnFlow.Resilience.Tests.Infrastructure;
using PcnFlow.Resilience.Tests.Memory;
using Xunit.Abstractions;

namespace PcnFlow.Resilience.Tests;

/// <summary>
/// The real server as a separate process runs instance after instance of scripts that each try to allocate hundreds of
/// megabytes to gigabytes, with the 64 MB default limit. Each must fault at the script memory limit, and what the process keeps afterwards (its
/// managed heap after a full collection, asked of it through <see cref="MemoryProbe"/>) must come back to where it was.
/// </summary>
public sealed class HostileScriptMemoryTests(ITestOutputHelper output) : IAsyncLifetime
{
    // A leak of even a tenth of what one script tried to allocate, kept by each of 20 instances, is far above this.
    private const long RetainedGrowthLimit = 50L * 1024 * 1024;

    private static readonly (string Name, string Script)[] Hogs =
    [
        // One call that really allocates 200 MB (100 million UTF-16 characters): Jint cannot stop it part-way, so the
        // evaluator throws it away. ('x'.repeat(5e8) really allocates 1 GB the same way, but takes a second or more each.)
        ("a 200 MB string in one call", "'x'.repeat(1e8)"),
        // Asks for 8 GB; Jint's fill checks the limit as it goes.
        ("an array of a billion numbers", "new Array(1e9).fill(0)"),
        // Doubles until the limit stops it.
        ("an array doubling in a loop", "var a = ['padding-padding']; while (true) a = a.concat(a)"),
    ];

    private readonly string _folder = Directory.CreateTempSubdirectory("pcnflow-memory-").FullName;
    private ServerProcess _server = null!;

    private string ProbeFolder => Path.Combine(_folder, "probe");

    public async Task InitializeAsync()
    {
        var environment = new Dictionary<string, string>(MemoryProbe.Environment(ProbeFolder))
        {
            ["Database__SqlitePath"] = Path.Combine(_folder, "pcnflow.db"),
            ["Notifications__PickupDirectory"] = Path.Combine(_folder, "mail"),
            ["DataProtection__KeysPath"] = Path.Combine(_folder, "keys"),
        };
        _server = new ServerProcess("memory", _folder, environment);
        await _server.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // The OS cleans temporary folders.
        }
    }

    [Fact]
    public async Task Instances_whose_scripts_try_to_allocate_gigabytes_fault_at_the_limit_and_the_server_keeps_no_more_memory_than_before()
    {
        using var lead = await PcnFlowApi.SignInAsync(_server.BaseUrl, "lead");
        var pcn = await lead.PcnIdAsync("Riverside PCN");
        var definitions = new List<(string Id, string Name)>();
        foreach (var (name, script) in Hogs)
        {
            var id = "memory-hog-" + definitions.Count;
            await lead.PublishAsync(id, HostileScriptDefinition.Json(id, script));
            definitions.Add((id, name));
        }

        // Warm up: the first run of each pays for JIT, caches and connection pools, which a leak check must not count.
        foreach (var (id, name) in definitions)
            await RunFaultingAsync(lead, id, name, pcn);
        var before = await ReadAsync();

        var clock = Stopwatch.StartNew();
        for (var i = 0; i < Settings.HostileRuns; i++)
        {
            var (id, name) = definitions[i % definitions.Count];
            await RunFaultingAsync(lead, id, name, pcn);
        }
        var elapsed = clock.Elapsed;
        var after = await ReadAsync();

        output.WriteLine($"[figure] Hostile-script memory: {Settings.HostileRuns} instances ({string.Join(", ", Hogs.Select(h => h.Name))}) " +
            $"all faulted at the limit in {elapsed.TotalSeconds:0.0} s; managed heap after a full collection {MemoryReading.Mb(before.HeapBytes)} before, " +
            $"{MemoryReading.Mb(after.HeapBytes)} after; resident {MemoryReading.Mb(before.ResidentBytes)} before, {MemoryReading.Mb(after.ResidentBytes)} after, " +
            $"peak {MemoryReading.Mb(after.PeakResidentBytes)}");
        _server.IsRunning.ShouldBeTrue();
        (after.HeapBytes - before.HeapBytes).ShouldBeLessThan(RetainedGrowthLimit, $"managed heap grew from {MemoryReading.Mb(before.HeapBytes)} to {MemoryReading.Mb(after.HeapBytes)}");
    }

    private async Task RunFaultingAsync(PcnFlowApi lead, string definitionId, string name, Guid pcn)
    {
        var instanceId = await lead.StartAsync(definitionId, pcn, DateOnly.FromDateTime(DateTime.UtcNow));
        var detail = await lead.InstanceAsync(instanceId);
        var summary = detail["instance"]!;
        ((string?)summary["subStatus"]).ShouldBe("Faulted", $"{name}: {detail.ToJsonString()[..Math.Min(2000, detail.ToJsonString().Length)]}");
        var incident = detail["incidents"]!.AsArray().ShouldHaveSingleItem()!;
        ((string?)incident["activityId"]).ShouldBe(HostileScriptDefinition.ScriptActivity);
        ((string?)incident["message"]).ShouldNotBeNull().ShouldContain("of memory and was stopped", Case.Sensitive, name);
    }

    private Task<MemoryReading> ReadAsync() => MemoryReading.TakeAsync(ProbeFolder, _server.ProcessId!.Value, TimeSpan.FromSeconds(60));
}
