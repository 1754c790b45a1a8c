namespace PcnFlow.Engine.Expressions;

/// <summary>Why an expression could not produce a value.</summary>
public enum ExpressionFailureKind
{
    /// <summary>The script or template could not be parsed.</summary>
    Syntax,

    /// <summary>The script ran and threw an error, such as a <c>ReferenceError</c> or a <c>throw</c> of its own.</summary>
    Runtime,

    /// <summary>The script ran too long: past <see cref="ExpressionOptions.Timeout"/> or <see cref="ExpressionOptions.MaxStatements"/>.</summary>
    Timeout,

    /// <summary>The script allocated more than <see cref="ExpressionOptions.MemoryLimitBytes"/>.</summary>
    Memory,

    /// <summary>The script recursed deeper than <see cref="ExpressionOptions.RecursionLimit"/> or the stack allows.</summary>
    Recursion,

    /// <summary>The script reached for something expressions may not use: .NET types, <c>eval</c> or <c>new Function</c>.</summary>
    Forbidden,
}
