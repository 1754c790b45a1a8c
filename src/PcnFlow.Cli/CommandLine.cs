namespace PcnFlow.Cli;

/// <summary>Dispatches <c>pcnflow</c> commands. Exit codes: 0 ok/finished, 1 faulted, 2 invalid or usage, 3 suspended.</summary>
public static class CommandLine
{
    internal const string Usage = """
        Usage:
          pcnflow validate FILE...
          pcnflow run FILE [--include FILE...] [--input name=value...] [--complete-tasks] [--start YYYY-MM-DD] [--until YYYY-MM-DD]
          pcnflow simulate FILE --start YYYY-MM-DD [--include FILE...] [--days N] [--format table|json|csv]
        """;

    /// <summary>Runs a command; returns the process exit code.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0)
        {
            stderr.WriteLine(Usage);
            return 2;
        }
        try
        {
            var options = Arguments.Parse(args[1..]);
            return args[0] switch
            {
                "validate" => ValidateCommand.Run(options, stdout, stderr),
                "run" => RunCommand.Run(options, stdout, stderr),
                "simulate" => SimulateCommand.Run(options, stdout, stderr),
                _ => UsageError(stderr, $"Unknown command '{args[0]}'."),
            };
        }
        catch (ArgumentException ex)
        {
            return UsageError(stderr, ex.Message);
        }
    }

    internal static int UsageError(TextWriter stderr, string message)
    {
        stderr.WriteLine(message);
        stderr.WriteLine(Usage);
        return 2;
    }
}
