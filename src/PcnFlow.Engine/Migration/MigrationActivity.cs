namespace PcnFlow.Engine.Migration;

/// <summary>An activity one version has and the other does not.</summary>
/// <param name="Id">The activity id.</param>
/// <param name="Type">The activity type, e.g. <c>PcnFlow.HumanTask</c>.</param>
/// <param name="Title">The label people see: its display text, name or id.</param>
public sealed record MigrationActivity(string Id, string Type, string Title);
