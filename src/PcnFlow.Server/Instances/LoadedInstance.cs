using PcnFlow.Engine.Runtime;
using PcnFlow.Persistence.Instances;

namespace PcnFlow.Server.Instances;

/// <summary>An instance taken out of the database for one unit of work, with what it looked like when loaded.</summary>
internal sealed class LoadedInstance(WorkflowInstanceRecord record, WorkflowState state, WorkflowBlueprint blueprint, List<BookmarkRecord> bookmarks)
{
    public WorkflowInstanceRecord Record { get; } = record;
    public WorkflowState State { get; } = state;
    public WorkflowBlueprint Blueprint { get; set; } = blueprint;
    public List<BookmarkRecord> StoredBookmarks { get; } = bookmarks;
    public bool WasFinished { get; } = state.Status == WorkflowStatus.Finished;
    public string Id => Record.Id;

    // Only changed instances are written back, so a read-only visit (a reminder, an event with no waiter) never clashes with a writer.
    public bool Changed { get; set; }
}
