namespace PcnFlow.Server.Tests.Hostile;

/// <summary>
/// The definitions the mutator starts from: the shipped <c>workflows/</c> and the Elsa conformance set (the engine
/// tests' copy of <c>../shared/elsa-conformance/workflows</c>), found from the repository root above the test binaries.
/// </summary>
public static class DefinitionSeeds
{
    public static IReadOnlyList<(string Name, string Text)> All { get; } = Load();

    private static List<(string Name, string Text)> Load()
    {
        var root = RepoRoot();
        var folders = new[] { Path.Combine(root, "workflows"), Path.Combine(root, "tests", "PcnFlow.Engine.Tests", "Fixtures", "elsa-conformance", "workflows") };
        var files = folders.SelectMany(f => Directory.GetFiles(f, "*.json")).Order(StringComparer.Ordinal).ToList();
        files.Count.ShouldBeGreaterThan(10, "the workflows and the conformance set should both be found");
        return files.Select(f => (Path.GetFileName(f), File.ReadAllText(f))).ToList();
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PcnFlow.sln")))
                return dir.FullName;
        }
        throw new DirectoryNotFoundException("Could not find the repository root (PcnFlow.sln) above the test binaries.");
    }
}
