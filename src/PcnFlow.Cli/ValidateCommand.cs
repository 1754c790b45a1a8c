using PcnFlow.Engine.Runtime;

namespace PcnFlow.Cli;

/// <summary><c>pcnflow validate FILE...</c>: prints each problem; exit 0 when all are valid, 2 when not.</summary>
internal static class ValidateCommand
{
    public static int Run(Arguments args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Files.Count == 0)
            return CommandLine.UsageError(stderr, "validate needs at least one file.");
        var engine = new WorkflowEngine();
        var invalid = 0;
        foreach (var path in args.Files)
        {
            var problems = DefinitionFiles.Problems(engine, path, out _);
            DefinitionFiles.Print(stdout, path, problems);
            if (problems.Count > 0)
                invalid++;
            else
                stdout.WriteLine($"{path}: valid");
        }
        return invalid == 0 ? 0 : 2;
    }
}
