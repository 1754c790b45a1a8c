namespace PcnFlow.Cli;

/// <summary>Parsed arguments: positional files plus repeatable <c>--name value</c> options and flags.</summary>
internal sealed class Arguments
{
    private static readonly HashSet<string> Flags = ["--complete-tasks"];

    public List<string> Files { get; } = [];

    public Dictionary<string, List<string>> Options { get; } = new(StringComparer.Ordinal);

    public bool Has(string flag) => Options.ContainsKey(flag);

    public string? Single(string name) => Options.TryGetValue(name, out var values) ? values[^1] : null;

    public IReadOnlyList<string> All(string name) => Options.TryGetValue(name, out var values) ? values : [];

    public static Arguments Parse(string[] args)
    {
        var result = new Arguments();
        string? pending = null;
        foreach (var arg in args)
        {
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                pending = Flags.Contains(arg) ? null : arg;
                if (!result.Options.ContainsKey(arg))
                    result.Options[arg] = [];
                continue;
            }
            if (pending != null)
            {
                result.Options[pending].Add(arg);
                // --include and --input take several values until the next option.
                if (pending is not ("--include" or "--input"))
                    pending = null;
                continue;
            }
            result.Files.Add(arg);
        }
        foreach (var (name, values) in result.Options)
        {
            if (!Flags.Contains(name) && values.Count == 0)
                throw new ArgumentException($"The option {name} needs a value.");
        }
        return result;
    }
}
