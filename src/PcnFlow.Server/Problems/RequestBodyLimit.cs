using Microsoft.AspNetCore.Http.Metadata;

namespace PcnFlow.Server.Problems;

/// <summary>A per-endpoint body limit, e.g. a larger one for definition imports: <c>.WithMetadata(new RequestBodyLimit(5 * 1024 * 1024))</c>.</summary>
internal sealed record RequestBodyLimit(long? MaxRequestBodySize) : IRequestSizeLimitMetadata;
