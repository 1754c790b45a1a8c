using PcnFlow.Engine.Definitions;

namespace PcnFlow.Benchmarks;

/// <summary>The repository's workflow files, found by walking up from the benchmark binaries to PcnFlow.sln.</summary>
internal static class WorkflowFiles
{
    private static readonly Lazy<string> Root = new(FindRoot);

    public static WorkflowDefinition Programme(string name) => Read(Path.Combine(Root.Value, "workflows", name + ".json"));

    public static WorkflowDefinition Conformance(string name) => Read(Path.Combine(ConformanceFolder, "workflows", name + ".json"));

    /// <summary>Elsa's expected results for the conformance workflows.</summary>
    public static string ConformanceCases => Path.Combine(ConformanceFolder, "cases.json");

    private static string ConformanceFolder => Path.Combine(Root.Value, "tests", "PcnFlow.Engine.Tests", "Fixtures", "elsa-conformance");

    private static WorkflowDefinition Read(string path) => WorkflowDefinitionReader.ReadOrThrow(File.ReadAllText(path));

    // BenchmarkDotNet runs each benchmark from a generated project under bin/, so the working directory is no guide.
    private static string FindRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir != null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "PcnFlow.sln")))
                    return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException("Could not find the repository root (PcnFlow.sln); run the benchmarks from inside the repository.");
    }
}
