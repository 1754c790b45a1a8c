namespace PcnFlow.Engine.Tasks;

/// <summary>The kinds of human work.</summary>
public static class TaskKinds
{
    /// <summary>A task to complete.</summary>
    public const string Task = "Task";

    /// <summary>An approve-or-return decision.</summary>
    public const string SignOff = "SignOff";

    /// <summary>A scheduled checkpoint.</summary>
    public const string Review = "Review";
}
