namespace PcnFlow.Engine.Runtime;

/// <summary>The kinds of journal entry.</summary>
public enum JournalKind
{
    /// <summary>The instance started.</summary>
    WorkflowStarted,

    /// <summary>The instance finished.</summary>
    WorkflowFinished,

    /// <summary>The instance was cancelled.</summary>
    WorkflowCancelled,

    /// <summary>The instance faulted.</summary>
    WorkflowFaulted,

    /// <summary>An activity started.</summary>
    ActivityStarted,

    /// <summary>An activity completed.</summary>
    ActivityCompleted,

    /// <summary>An activity was cancelled before it completed.</summary>
    ActivityCancelled,

    /// <summary>An activity faulted.</summary>
    ActivityFaulted,

    /// <summary>A bookmark was created and the activity is waiting.</summary>
    BookmarkCreated,

    /// <summary>A bookmark was resumed.</summary>
    BookmarkResumed,

    /// <summary>The instance moved to another version of its definition.</summary>
    WorkflowMigrated,
}
