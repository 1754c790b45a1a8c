using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PcnFlow.Engine.Runtime;

namespace PcnFlow.Engine.Tests.Properties;

/// <summary>
/// Properties of random valid flowcharts built from the activities the programmes use. MaxTest is fixed so
/// the whole folder runs in a few seconds; raise it locally to dig further. A failure prints the shrunk
/// definition JSON and choices, and the seed to pass as <c>[Property(Replay = "(seed, gamma)")]</c>.
/// </summary>
[Collection(GeneratedFlowcharts.Name)]
public sealed class GeneratedFlowchartProperties
{
    private const int Runs = 200;

    [Property(MaxTest = 300)]
    public Property EveryGeneratedDefinition_PassesValidation() => Prop.ForAll(ScenarioGenerator.Arbitrary, scenario =>
    {
        var definition = scenario.Definition();

        new WorkflowEngine().Validate(definition).Select(p => p.Message).ShouldBeEmpty("the generator only builds valid definitions");
    });

    [Property(MaxTest = Runs)]
    public Property DrivingAGeneratedFlowchart_EndsFinished_WithoutThrowing() => Prop.ForAll(ScenarioGenerator.Arbitrary, scenario =>
    {
        var drive = ScenarioDriver.Run(scenario, reloadAtEverySuspension: false, StateInvariants.Check);

        drive.Settled.ShouldBeTrue($"still waiting after {ScenarioDriver.StepCap} drive steps");
        var state = drive.State;
        state.Status.ShouldBe(WorkflowStatus.Finished, "every wait in these flowcharts can be driven, so nothing is left waiting");
        if (state.SubStatus == WorkflowSubStatus.Faulted)
        {
            scenario.HasFault.ShouldBeTrue($"faulted without a deliberate Elsa.Fault: {string.Join(" | ", state.Incidents.Select(i => i.Message))}");
            state.Incidents.ShouldHaveSingleItem().Message.ShouldBe(ScenarioWriter.FaultMessage);
        }
        else
        {
            state.SubStatus.ShouldBe(WorkflowSubStatus.Finished);
            state.Incidents.ShouldBeEmpty();
        }
    });

    [Property(MaxTest = Runs)]
    public Property SavingAndReloadingAtEverySuspension_ChangesNothing() => Prop.ForAll(ScenarioGenerator.Arbitrary, scenario =>
    {
        var straight = ScenarioDriver.Run(scenario, reloadAtEverySuspension: false);
        var reloaded = ScenarioDriver.Run(scenario, reloadAtEverySuspension: true);

        Lines.ShouldMatch(reloaded.Trace, straight.Trace, "the drive steps taken");
        Lines.ShouldMatch(Journal(reloaded.State), Journal(straight.State), "the journals");
        Lines.ShouldMatch(reloaded.State.OutputLog, straight.State.OutputLog, "the output logs");
        reloaded.State.Status.ShouldBe(straight.State.Status);
        reloaded.State.SubStatus.ShouldBe(straight.State.SubStatus);
        Lines.ShouldMatch(Lines.Of(Indented(reloaded.State)), Lines.Of(Indented(straight.State)), "the final states");
    });

    // Kinds, activity ids, times, actors, outcomes, bookmark ids, comments and form data, one entry a line.
    private static string[] Journal(WorkflowState state) =>
        [.. state.Journal.Select(e => JsonSerializer.Serialize(e, WorkflowStateSerializer.Options))];

    private static string Indented(WorkflowState state) => JsonSerializer.Serialize(state, IndentedOptions);

    private static readonly JsonSerializerOptions IndentedOptions = new(WorkflowStateSerializer.Options) { WriteIndented = true };
}
