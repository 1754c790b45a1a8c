using System.Globalization;
using PcnFlow.Engine.Runtime;
using PcnFlow.Engine.Tests.Activities;

namespace PcnFlow.Engine.Tests.Runtime;

/// <summary>The runaway-loop incident reads the same whatever culture the server runs in.</summary>
public sealed class RunawayLoopMessageTests
{
    [Theory]
    [InlineData("de-DE")]
    [InlineData("fr-FR")]
    [InlineData("en-GB")]
    public void RunawayLoopIncident_WritesItsCountInTheInvariantCulture(string culture)
    {
        var flow = Flow.Of(
            [Act.Start(), Act.WriteLine("tick", "tick"), Act.WriteLine("tock", "tock")],
            ["start -> tick", "tick -> tock", "tock -> tick"],
            maxExecutions: 12_345);
        var previous = CultureInfo.CurrentCulture;
        WorkflowState state;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            state = flow.Start().State;
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }

        state.SubStatus.ShouldBe(WorkflowSubStatus.Faulted);
        state.Incidents.ShouldHaveSingleItem().Message.ShouldStartWith("The workflow stopped after 12,345 steps ");
    }
}
