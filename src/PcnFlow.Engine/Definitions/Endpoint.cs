namespace PcnFlow.Engine.Definitions;

/// <summary>One end of a connection.</summary>
/// <param name="Activity">The activity id.</param>
/// <param name="Port">The port name: an outcome such as <c>Done</c> at the source, <c>In</c> at the target.</param>
public sealed record Endpoint(string Activity, string Port);
