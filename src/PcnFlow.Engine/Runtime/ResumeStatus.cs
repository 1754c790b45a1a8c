namespace PcnFlow.Engine.Runtime;

/// <summary>The result of a resume request.</summary>
public enum ResumeStatus
{
    /// <summary>The bookmark was resumed and the instance ran on.</summary>
    Resumed,

    /// <summary>The bookmark had already been resumed: a no-op, reported rather than repeated.</summary>
    AlreadyResumed,

    /// <summary>No active bookmark has that id (it never existed, was cancelled, or the instance ended).</summary>
    NotFound,

    /// <summary>The input failed validation; see the errors.</summary>
    Rejected,
}
