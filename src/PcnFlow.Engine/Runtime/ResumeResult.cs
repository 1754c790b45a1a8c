namespace PcnFlow.Engine.Runtime;

/// <summary>What happened to a resume request.</summary>
/// <param name="Status">Resumed, already resumed, not found or rejected.</param>
/// <param name="Errors">Per-field problems when the input was rejected.</param>
public sealed record ResumeResult(ResumeStatus Status, IReadOnlyList<FieldError> Errors)
{
    /// <summary>The bookmark was resumed.</summary>
    public static readonly ResumeResult Resumed = new(ResumeStatus.Resumed, []);

    /// <summary>The bookmark had already been resumed; nothing changed.</summary>
    public static readonly ResumeResult AlreadyResumed = new(ResumeStatus.AlreadyResumed, []);

    /// <summary>No such active bookmark; nothing changed.</summary>
    public static readonly ResumeResult NotFound = new(ResumeStatus.NotFound, []);

    /// <summary>The input was refused; nothing changed.</summary>
    public static ResumeResult Rejected(IReadOnlyList<FieldError> errors) => new(ResumeStatus.Rejected, errors);
}
