using PcnFlow.Engine.Runtime;
using PcnFlow.Engine.Tests.Activities;

namespace PcnFlow.Engine.Tests.Runtime;

/// <summary>
/// A host that stores the journal elsewhere drops it from the state, so saved state stays the size of the
/// live workflow rather than its whole history; sequence numbers must carry on as if nothing was dropped.
/// </summary>
public sealed class StoredJournalTests
{
    [Fact]
    public void AfterTheStoredJournalIsForgotten_NewEntriesCarryOnItsSequence()
    {
        var flow = Steps();
        var whole = flow.Start().State;
        var trimmed = flow.Start().State;
        var before = trimmed.Journal.Count;

        trimmed.ForgetStoredJournal();
        trimmed = WorkflowStateSerializer.Deserialize(WorkflowStateSerializer.Serialize(trimmed));
        flow.Resume(whole, whole.OpenTasks.Single().Id);
        flow.Resume(trimmed, trimmed.OpenTasks.Single().Id);

        trimmed.JournalOffset.ShouldBe(before);
        trimmed.JournalLength.ShouldBe(whole.Journal.Count);
        trimmed.Journal.Select(e => (e.Sequence, e.Kind, e.ActivityId)).ShouldBe(whole.Journal.Skip(before).Select(e => (e.Sequence, e.Kind, e.ActivityId)));
        trimmed.OutputLog.ShouldBe(["second"]);
    }

    [Fact]
    public void SavedState_HoldsNeitherTheDroppedEntriesNorTheComputedViews()
    {
        var flow = Steps();
        var state = flow.Start().State;
        state.ForgetStoredJournal();

        var json = WorkflowStateSerializer.Serialize(state);

        json.ShouldContain("\"journal\":[]");
        // OpenTasks repeats every open task's bookmark, payload and form included; it is derived, not stored.
        json.ShouldNotContain("openTasks");
        json.ShouldNotContain("journalLength");
        WorkflowStateSerializer.Deserialize(json).OpenTasks.Single().ActivityId.ShouldBe("first");
    }

    private static Flow Steps() => Flow.Of([Act.Task("first"), Act.WriteLine("second", "second")], ["first -> second"]);
}
