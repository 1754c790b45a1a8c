namespace PcnFlow.Engine.Definitions;

/// <summary>Thrown when a definition is refused; it carries every problem found, not just the first.</summary>
public sealed class InvalidDefinitionException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    public InvalidDefinitionException(IReadOnlyList<DefinitionProblem> problems)
        : base(problems.Count == 1 ? problems[0].Message : $"The definition has {problems.Count} problems: {string.Join(" ", problems.Select(p => p.Message))}")
        => Problems = problems;

    /// <summary>Creates an exception with no problems; prefer the other constructor.</summary>
    public InvalidDefinitionException() : this([]) { }

    /// <summary>Creates an exception with a single workflow-level message.</summary>
    public InvalidDefinitionException(string message) : this([new DefinitionProblem(null, "$", message, "invalid")]) { }

    /// <summary>Creates an exception with a single workflow-level message and a cause.</summary>
    public InvalidDefinitionException(string message, Exception inner) : base(message, inner) => Problems = [new DefinitionProblem(null, "$", message, "invalid")];

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<DefinitionProblem> Problems { get; }
}
