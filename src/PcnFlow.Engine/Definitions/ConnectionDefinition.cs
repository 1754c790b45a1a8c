namespace PcnFlow.Engine.Definitions;

/// <summary>A flowchart connection from an outcome port of one activity to the input port of another.</summary>
/// <param name="Source">The activity and outcome port the connection leaves from.</param>
/// <param name="Target">The activity and port (normally <c>In</c>) the connection enters.</param>
/// <param name="JsonPath">Where the connection sits in the source JSON.</param>
public sealed record ConnectionDefinition(Endpoint Source, Endpoint Target, string JsonPath = "$")
{
    /// <summary>Equality ignores <see cref="JsonPath"/>: two connections are the same edge wherever they were written.</summary>
    public bool Equals(ConnectionDefinition? other) => other is not null && Source == other.Source && Target == other.Target;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Source, Target);
}
