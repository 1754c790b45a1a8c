using FsCheck;
using FsCheck.Fluent;
using PcnFlow.Engine.Runtime;

namespace PcnFlow.Engine.Tests.Properties;

/// <summary>
/// The properties are only as good as what the generator makes, so a fixed-seed sample of its scenarios must
/// use every activity and join mode, and driving them must reach the interesting paths.
/// </summary>
[Collection(GeneratedFlowcharts.Name)]
public sealed class GeneratorCoverageTests
{
    private static readonly Lazy<List<(Scenario Scenario, WorkflowState State)>> Sample = new(() =>
        [.. Gen.Sample(ScenarioGenerator.Scenarios, size: 100, seed: new Rnd(20250106UL), numberOfSamples: 300)
            .Select(s => (s, ScenarioDriver.Run(s, reloadAtEverySuspension: false).State))]);

    [Theory]
    [InlineData("Elsa.Start")]
    [InlineData("Elsa.WriteLine")]
    [InlineData("Elsa.SetVariable")]
    [InlineData("Elsa.FlowDecision")]
    [InlineData("Elsa.FlowFork")]
    [InlineData("Elsa.FlowJoin")]
    [InlineData("Elsa.Delay")]
    [InlineData("Elsa.Timer")]
    [InlineData("Elsa.Event")]
    [InlineData("PcnFlow.HumanTask")]
    [InlineData("PcnFlow.SignOff")]
    [InlineData("Elsa.Flowchart")]
    [InlineData("Elsa.End")]
    [InlineData("Elsa.Fault")]
    public void TheSample_RunsEveryActivityType(string type) =>
        Sample.Value.ShouldContain(s => s.State.Journal.Any(e => e.Kind == JournalKind.ActivityCompleted && e.ActivityType == type)
            || (type == "Elsa.Fault" && s.State.SubStatus == WorkflowSubStatus.Faulted));

    [Theory]
    [InlineData("\"WaitAll\"")]
    [InlineData("\"WaitAny\"")]
    [InlineData("\"WaitAllActive\"")]
    [InlineData("\"type\":\"Liquid\"")]
    [InlineData("getVariable(\\u0027V")]
    public void TheSample_WritesEveryJoinModeAndExpressionKind(string fragment) =>
        Sample.Value.ShouldContain(s => s.Scenario.Json.Contains(fragment, StringComparison.Ordinal));

    [Fact]
    public void DrivingTheSample_ReachesTheInterestingPaths()
    {
        var journals = Sample.Value.Select(s => s.State.Journal).ToList();

        Sample.Value.Count(s => s.State.SubStatus == WorkflowSubStatus.Finished).ShouldBeGreaterThan(200);
        Sample.Value.ShouldContain(s => s.State.SubStatus == WorkflowSubStatus.Faulted, "a deliberate fault was reached");
        journals.ShouldContain(j => j.Any(e => e.Kind == JournalKind.BookmarkResumed && e.Outcome == "Returned"), "a sign-off was returned");
        journals.ShouldContain(j => j.Count(e => e.Kind == JournalKind.BookmarkCreated && e.ActivityType == "PcnFlow.HumanTask") >= 10, "long runs of tasks");
        journals.ShouldContain(j => j.Any(e => e.Kind == JournalKind.ActivityCancelled && e.ActivityType == "PcnFlow.HumanTask"), "a Wait Any join or an End cancelled an open task");
        journals.ShouldContain(j => j.Any(e => e.Kind == JournalKind.BookmarkResumed && e.ActivityType == "Elsa.Event"), "an event was published");
        journals.ShouldContain(j => j.Any(e => e.Kind == JournalKind.BookmarkResumed && (e.ActivityType == "Elsa.Delay" || e.ActivityType == "Elsa.Timer")), "a timer fired");
        journals.ShouldContain(j => j.Count(e => e.Kind == JournalKind.ActivityStarted && e.ActivityId!.StartsWith("again", StringComparison.Ordinal)) >= 3, "a loop went round");
    }
}
