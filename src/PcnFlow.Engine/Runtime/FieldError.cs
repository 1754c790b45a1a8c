namespace PcnFlow.Engine.Runtime;

/// <summary>A problem with one submitted field, shown beside that field.</summary>
/// <param name="Field">The field name (or <c>outcome</c> / <c>comment</c>).</param>
/// <param name="Message">What is wrong, in plain English.</param>
public sealed record FieldError(string Field, string Message);
