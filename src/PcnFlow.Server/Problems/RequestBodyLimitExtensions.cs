namespace PcnFlow.Server.Problems;

internal static class RequestBodyLimitExtensions
{
    /// <summary>Lets this endpoint accept bodies up to <paramref name="bytes"/> instead of the configured default.</summary>
    public static TBuilder WithRequestBodyLimit<TBuilder>(this TBuilder builder, long bytes)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(new RequestBodyLimit(bytes));
}
