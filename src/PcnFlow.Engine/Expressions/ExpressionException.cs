using System.Globalization;

namespace PcnFlow.Engine.Expressions;

/// <summary>
/// An expression could not produce a value. <see cref="Exception.Message"/> says what went wrong in plain English,
/// fit to show to whoever wrote the expression; <see cref="Kind"/> says which sort of failure it was.
/// </summary>
public class ExpressionException : Exception
{
    /// <summary>Creates a runtime failure with a default message.</summary>
    public ExpressionException()
        : this(ExpressionFailureKind.Runtime, "The expression failed.")
    {
    }

    /// <summary>Creates a runtime failure with the given message.</summary>
    /// <param name="message">What went wrong.</param>
    public ExpressionException(string message)
        : this(ExpressionFailureKind.Runtime, message)
    {
    }

    /// <summary>Creates a runtime failure with the given message and cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The underlying failure.</param>
    public ExpressionException(string message, Exception? innerException)
        : this(ExpressionFailureKind.Runtime, message, innerException)
    {
    }

    /// <summary>Creates a failure of the given kind.</summary>
    /// <param name="kind">Which sort of failure it was.</param>
    /// <param name="message">What went wrong, in plain English.</param>
    /// <param name="innerException">The underlying failure, if any.</param>
    public ExpressionException(ExpressionFailureKind kind, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Kind = kind;
    }

    /// <summary>Gets which sort of failure it was.</summary>
    public ExpressionFailureKind Kind { get; }

    internal static ExpressionException TimedOut(TimeSpan limit, Exception inner, string subject = "script") =>
        new(ExpressionFailureKind.Timeout, $"The {subject} ran for longer than {Describe(limit)} and was stopped.", inner);

    internal static ExpressionException TooManySteps(int limit, string unit, Exception inner, string subject = "script") =>
        new(ExpressionFailureKind.Timeout, $"The {subject} ran more than {limit.ToString("N0", CultureInfo.InvariantCulture)} {unit} and was stopped.", inner);

    internal static ExpressionException OutOfMemory(long limitBytes, Exception? inner) =>
        new(ExpressionFailureKind.Memory, $"The script used more than {DescribeBytes(limitBytes)} of memory and was stopped.", inner);

    internal static ExpressionException TooDeep(int limit, Exception inner)
    {
        var depth = limit > 0 ? $" (a function called itself more than {limit.ToString(CultureInfo.InvariantCulture)} times)" : string.Empty;
        return new(ExpressionFailureKind.Recursion, $"The script recursed too deeply{depth} and was stopped.", inner);
    }

    internal static ExpressionException SyntaxError(string description, int line, int column, Exception? inner) =>
        new(ExpressionFailureKind.Syntax, $"The script has a syntax error: {description} (line {line}, column {column}).", inner);

    private static string Describe(TimeSpan span)
    {
        if (span.TotalSeconds >= 1 && span.Ticks % TimeSpan.TicksPerSecond == 0)
        {
            var seconds = (long)span.TotalSeconds;
            return seconds == 1 ? "1 second" : $"{seconds.ToString(CultureInfo.InvariantCulture)} seconds";
        }

        return $"{span.TotalMilliseconds.ToString("0.###", CultureInfo.InvariantCulture)} milliseconds";
    }

    private static string DescribeBytes(long bytes)
    {
        const long Mb = 1024 * 1024;
        if (bytes >= Mb && bytes % Mb == 0)
        {
            return $"{(bytes / Mb).ToString(CultureInfo.InvariantCulture)} MB";
        }

        return bytes >= 1024 && bytes % 1024 == 0
            ? $"{(bytes / 1024).ToString(CultureInfo.InvariantCulture)} KB"
            : $"{bytes.ToString("N0", CultureInfo.InvariantCulture)} bytes";
    }
}
