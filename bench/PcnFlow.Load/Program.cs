using System.Diagnostics;
using System.Globalization;
using PcnFlow.Load;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

if (args is [HttpWriteServer.Flag, ..])
{
    await HttpWriteServer.RunAsync(args);
    return;
}

var options = LoadOptions.Parse(args);
var repo = Repository.Root();
var serverDll = options.ServerDll ?? Path.Combine(repo, "src", "PcnFlow.Server", "bin", "Release", "net10.0", "PcnFlow.Server.dll");
if (!File.Exists(serverDll))
    throw new FileNotFoundException($"Build the server first: dotnet build src/PcnFlow.Server -c Release -p:SkipDesignerBuild=true ({serverDll} is missing).");
var work = Directory.CreateTempSubdirectory("pcnflow-load-").FullName;
Console.WriteLine($"Working files (databases, server logs, mail) in {work}");

await using var postgres = new PostgresCluster(repo);
var started = Stopwatch.GetTimestamp();
var passes = new List<PassResult>();
foreach (var kind in options.Databases)
{
    if (await DatabasePass.RunAsync(kind, options, repo, serverDll, work, postgres.UrlAsync) is { } pass)
        passes.Add(pass);
}
if (options.RemindersOnly)
    return;

var at = DateTimeOffset.UtcNow;
var output = options.Output ?? Path.Combine(repo, "bench", "results");
Directory.CreateDirectory(output);
var name = $"{at:yyyy-MM-dd}-load";
Chart.Write(passes, Path.Combine(output, name + ".png"));
var command = "dotnet run -c Release --project bench/PcnFlow.Load -- " + string.Join(' ', args);
await File.WriteAllTextAsync(Path.Combine(output, name + ".md"), Report.Write(passes, options, command.TrimEnd(), name + ".png", at));
Console.WriteLine($"Wrote {Path.Combine(output, name + ".md")} and .png; the whole run took {Stopwatch.GetElapsedTime(started).TotalMinutes:F1} min.");
