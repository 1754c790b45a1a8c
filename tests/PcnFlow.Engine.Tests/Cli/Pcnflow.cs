using PcnFlow.Cli;

namespace PcnFlow.Engine.Tests.Cli;

/// <summary>Runs <c>pcnflow</c> in-process and captures what it writes.</summary>
internal static class Pcnflow
{
    public static string SixStep => Path.Combine(TestPaths.Workflows, "six-step-development-support.json");

    public static string FirstHundredDays => Path.Combine(TestPaths.Workflows, "first-100-days.json");

    public static string Conformance(string name) => Path.Combine(TestPaths.Conformance, "workflows", name + ".json");

    public static Result Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = CommandLine.Run(args, stdout, stderr);
        return new Result(exit, stdout.ToString(), stderr.ToString());
    }

    internal sealed record Result(int Exit, string Stdout, string Stderr)
    {
        public IReadOnlyList<string> StdoutLines => Lines(Stdout);

        public IReadOnlyList<string> StderrLines => Lines(Stderr);

        private static string[] Lines(string text) => text.Split(["\r\n", "\n"], StringSplitOptions.RemoveEmptyEntries);
    }
}
