using System.Text.Json.Serialization;
using PcnFlow.Engine.Expressions;

namespace PcnFlow.Engine.Runtime;

/// <summary>
/// Everything about one workflow instance that must survive a restart. It is plain data: it serialises
/// to JSON with <see cref="WorkflowStateSerializer"/> at any suspension point and reloads unchanged.
/// </summary>
public sealed class WorkflowState
{
    /// <summary>The instance id.</summary>
    public required string InstanceId { get; set; }

    /// <summary>The definition id the instance runs.</summary>
    public required string DefinitionId { get; set; }

    /// <summary>The definition version the instance is pinned to.</summary>
    public int DefinitionVersion { get; set; }

    /// <summary>Running or Finished.</summary>
    public WorkflowStatus Status { get; set; }

    /// <summary>Executing, Suspended, Finished, Cancelled or Faulted.</summary>
    public WorkflowSubStatus SubStatus { get; set; }

    /// <summary>The instance name (<c>Elsa.SetName</c>).</summary>
    public string? Name { get; set; }

    /// <summary>The correlation id (<c>Elsa.Correlate</c>).</summary>
    public string? CorrelationId { get; set; }

    /// <summary>The PCN the programme runs for.</summary>
    public string? PcnName { get; set; }

    /// <summary>Programme day 0.</summary>
    public DateOnly Day0 { get; set; }

    /// <summary>The parent instance, for child workflows.</summary>
    public string? ParentInstanceId { get; set; }

    /// <summary>Variable values by name, ignoring case.</summary>
    public Dictionary<string, object?> Variables
    {
        get;
        set => field = CaseInsensitiveNames.Ensure(value);
    } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Input values by name, ignoring case.</summary>
    public Dictionary<string, object?> Input
    {
        get;
        set => field = CaseInsensitiveNames.Ensure(value);
    } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Output values by name (<c>Elsa.SetOutput</c>), ignoring case.</summary>
    public Dictionary<string, object?> Output
    {
        get;
        set => field = CaseInsensitiveNames.Ensure(value);
    } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Live activity executions.</summary>
    public List<FrameState> Frames { get; set; } = [];

    /// <summary>Active bookmarks.</summary>
    public List<Bookmark> Bookmarks { get; set; } = [];

    /// <summary>Ids of bookmarks already resumed, so a repeat resume is a reported no-op.</summary>
    public HashSet<string> ConsumedBookmarks { get; set; } = [];

    /// <summary>The latest completion of each human task, by activity id.</summary>
    public Dictionary<string, TaskSnapshot> Tasks { get; set; } = [];

    /// <summary>The attempt each task activity last opened as (see <see cref="Tasks.HumanTaskPayload.Attempt"/>), so a redone task knows it is a redo.</summary>
    public Dictionary<string, int> TaskAttempts { get; set; } = [];

    /// <summary>Comments from sign-offs that returned a task, waiting for the task to reopen.</summary>
    public Dictionary<string, string> ReturnedComments { get; set; } = [];

    /// <summary>Activity outputs by activity id (<c>getOutputFrom</c>).</summary>
    public Dictionary<string, object?> ActivityOutputs { get; set; } = [];

    /// <summary>
    /// The audit trail since the host last stored it. A host that keeps the journal elsewhere calls
    /// <see cref="ForgetStoredJournal"/> after storing it, so saved state does not grow with the whole history.
    /// </summary>
    public List<JournalEntry> Journal { get; set; } = [];

    /// <summary>How many journal entries came before <see cref="Journal"/>'s first: those the host stored and dropped.</summary>
    public int JournalOffset { get; set; }

    /// <summary>Entries ever journalled, stored and dropped ones included; the next entry's sequence is one more.</summary>
    [JsonIgnore]
    public int JournalLength => JournalOffset + Journal.Count;

    /// <summary>Lines written by <c>Elsa.WriteLine</c>.</summary>
    public List<string> OutputLog { get; set; } = [];

    /// <summary>Faults, with their plain-English reasons.</summary>
    public List<Incident> Incidents { get; set; } = [];

    /// <summary>Counter behind frame and bookmark ids, so ids are stable across save and reload.</summary>
    public long NextId { get; set; }

    /// <summary>When the instance was created.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the instance last changed.</summary>
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>When the instance finished, if it has.</summary>
    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>Open human-task bookmarks.</summary>
    [JsonIgnore]
    public IEnumerable<Bookmark> OpenTasks => Bookmarks.Where(b => b.Kind == BookmarkKinds.HumanTask);

    /// <summary>The earliest timer due time, if any timer is pending.</summary>
    [JsonIgnore]
    public DateTimeOffset? NextTimerDue => Bookmarks.Where(b => b.DueAt != null).Min(b => b.DueAt);

    /// <summary>
    /// Drops the journal entries the host has stored, keeping their count so sequence numbers carry on.
    /// Without this, every save rewrites the instance's whole history.
    /// </summary>
    public void ForgetStoredJournal()
    {
        JournalOffset += Journal.Count;
        Journal.Clear();
    }

    /// <summary>The active bookmark with the given id, or null.</summary>
    public Bookmark? FindBookmark(string id)
    {
        foreach (var bookmark in Bookmarks)
        {
            if (bookmark.Id == id)
                return bookmark;
        }
        return null;
    }

    /// <summary>The frame with the given id, or null.</summary>
    public FrameState? FindFrame(string id)
    {
        foreach (var frame in Frames)
        {
            if (frame.Id == id)
                return frame;
        }
        return null;
    }
}
