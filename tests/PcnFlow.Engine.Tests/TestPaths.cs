namespace PcnFlow.Engine.Tests;

/// <summary>Where the repository's files are, found from the test binaries.</summary>
internal static class TestPaths
{
    public static string RepoRoot { get; } = FindRoot();

    public static string Workflows => Path.Combine(RepoRoot, "workflows");

    public static string Conformance => Path.Combine(RepoRoot, "tests", "PcnFlow.Engine.Tests", "Fixtures", "elsa-conformance");

    public static IEnumerable<string> AllDefinitionFiles() =>
        Directory.GetFiles(Workflows, "*.json").Concat(Directory.GetFiles(Path.Combine(Conformance, "workflows"), "*.json")).Order(StringComparer.Ordinal);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PcnFlow.sln")))
                return dir.FullName;
        }
        throw new DirectoryNotFoundException("Could not find the repository root (PcnFlow.sln) above the test binaries.");
    }
}
