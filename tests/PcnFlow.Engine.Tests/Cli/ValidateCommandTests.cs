using System.Text.RegularExpressions;

namespace PcnFlow.Engine.Tests.Cli;

/// <summary><c>pcnflow validate FILE...</c>: one <c>file: activityId: message</c> line per problem; exit 0 valid, 2 invalid.</summary>
public sealed class ValidateCommandTests : IDisposable
{
    private readonly TempWorkflows _files = new();

    public void Dispose() => _files.Dispose();

    private string Broken() => _files.Flowchart(
        "broken",
        [
            TempWorkflows.WriteLine("hello", "Hello"),
            TempWorkflows.Activity("mystery", "Acme.DoesNotExist"),
        ],
        [TempWorkflows.Connection("hello", "nowhere")]);

    [Fact]
    public void Validate_TheTwoProgrammes_ExitsZeroAndSaysEachIsValid()
    {
        var result = Pcnflow.Run("validate", Pcnflow.SixStep, Pcnflow.FirstHundredDays);

        result.Exit.ShouldBe(0);
        result.StdoutLines.ShouldBe([$"{Pcnflow.SixStep}: valid", $"{Pcnflow.FirstHundredDays}: valid"]);
        result.Stderr.ShouldBeEmpty();
    }

    [Fact]
    public void Validate_EveryDefinitionInTheRepository_ExitsZero()
    {
        var files = TestPaths.AllDefinitionFiles().ToArray();

        var result = Pcnflow.Run(["validate", .. files]);

        result.Exit.ShouldBe(0, result.Stdout);
        result.StdoutLines.Count.ShouldBe(files.Length);
    }

    [Fact]
    public void Validate_UnknownTypeAndMissingConnectionTarget_PrintsFileActivityMessageLinesAndExitsTwo()
    {
        var path = Broken();

        var result = Pcnflow.Run("validate", path);

        result.Exit.ShouldBe(2);
        result.StdoutLines.ShouldNotBeEmpty();
        var pattern = new Regex("^" + Regex.Escape(path) + @": (?<activity>[^:\s]+): (?<message>.+)$");
        result.StdoutLines.ShouldAllBe(line => pattern.IsMatch(line));
        var problems = result.StdoutLines.Select(l => pattern.Match(l)).Select(m => (Activity: m.Groups["activity"].Value, Message: m.Groups["message"].Value)).ToList();
        problems.ShouldContain(p => p.Activity == "mystery" && p.Message.Contains("Acme.DoesNotExist", StringComparison.Ordinal));
        problems.ShouldContain(p => p.Message.Contains("'nowhere'", StringComparison.Ordinal));
        result.Stdout.ShouldNotContain(": valid");
    }

    [Fact]
    public void Validate_SeveralFiles_ReportsEachAndExitsTwoIfAnyIsInvalid()
    {
        var broken = Broken();
        var writeLine = Pcnflow.Conformance("importandexecute-writeline");

        var result = Pcnflow.Run("validate", Pcnflow.FirstHundredDays, broken, writeLine);

        result.Exit.ShouldBe(2);
        result.StdoutLines[0].ShouldBe($"{Pcnflow.FirstHundredDays}: valid");
        result.StdoutLines[^1].ShouldBe($"{writeLine}: valid");
        result.StdoutLines.Skip(1).SkipLast(1).ShouldAllBe(line => line.StartsWith(broken + ": ", StringComparison.Ordinal));
        result.StdoutLines.Count.ShouldBeGreaterThanOrEqualTo(4);
    }

    [Fact]
    public void Validate_MissingFileAndNotJson_AreProblemsToo()
    {
        var missing = Path.Combine(Path.GetTempPath(), "pcnflow-no-such-file.json");
        var notJson = _files.Write("not-json.json", "{ this is not json");

        var result = Pcnflow.Run("validate", missing, notJson);

        result.Exit.ShouldBe(2);
        result.StdoutLines.ShouldContain($"{missing}: (workflow): The file does not exist.");
        result.StdoutLines.ShouldContain(l => l.StartsWith(notJson + ": ", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_WithNoFiles_PrintsUsageAndExitsTwo()
    {
        var result = Pcnflow.Run("validate");

        result.Exit.ShouldBe(2);
        result.Stderr.ShouldContain("Usage:");
        result.Stdout.ShouldBeEmpty();
    }

    [Theory]
    [InlineData]
    [InlineData("frobnicate")]
    public void UnknownOrMissingCommand_PrintsUsageAndExitsTwo(params string[] args)
    {
        var result = Pcnflow.Run(args);

        result.Exit.ShouldBe(2);
        result.Stderr.ShouldContain("pcnflow validate FILE...");
    }
}
