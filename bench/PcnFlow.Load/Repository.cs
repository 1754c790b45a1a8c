namespace PcnFlow.Load;

internal static class Repository
{
    /// <summary>The repository the benchmark runs in: the nearest directory up from here holding PcnFlow.sln.</summary>
    public static string Root()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PcnFlow.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("Run the load benchmark from inside the repository.");
    }
}
