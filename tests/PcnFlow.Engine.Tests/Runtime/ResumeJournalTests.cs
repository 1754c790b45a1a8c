using PcnFlow.Engine.Runtime;
using PcnFlow.Engine.Tests.Activities;

namespace PcnFlow.Engine.Tests.Runtime;

/// <summary>The journal records what a resume actually did, not what was asked for.</summary>
public sealed class ResumeJournalTests
{
    [Fact]
    public void ResumeWithoutAnOutcome_JournalsTheDefaultOutcomeTaken()
    {
        var flow = Choice();
        var state = flow.Start().State;

        flow.Resume(state, state.OpenTasks.Single().Id, new ResumeInput());

        var resumed = state.Journal.Single(e => e.Kind == JournalKind.BookmarkResumed);
        resumed.Outcome.ShouldBe("Yes");
        state.Journal.Single(e => e.Kind == JournalKind.ActivityCompleted && e.ActivityId == "ask").Outcome.ShouldBe("Yes");
        state.OutputLog.ShouldBe(["yes"]);
    }

    [Fact]
    public void ResumeWithAnOutcomeInOtherCase_JournalsTheDeclaredSpelling()
    {
        var flow = Choice();
        var state = flow.Start().State;

        flow.Resume(state, state.OpenTasks.Single().Id, new ResumeInput { Outcome = "nO" });

        state.Journal.Single(e => e.Kind == JournalKind.BookmarkResumed).Outcome.ShouldBe("No");
        state.OutputLog.ShouldBe(["no"]);
    }

    [Fact]
    public void ResumingATimer_JournalsNoOutcome()
    {
        var flow = Flow.Of([Act.Delay("wait", "00:05:00"), Act.WriteLine("after", "after")], ["wait -> after"]);
        var state = flow.Start().State;

        flow.Advance(state, TimeSpan.FromMinutes(5));

        state.Journal.Single(e => e.Kind == JournalKind.BookmarkResumed).Outcome.ShouldBeNull();
    }

    private static Flow Choice() => Flow.Of(
        [Act.Task("ask", ("outcomes", In.Obj("""["Yes", "No"]"""))), Act.WriteLine("yes", "yes"), Act.WriteLine("no", "no")],
        ["ask:Yes -> yes", "ask:No -> no"]);
}
