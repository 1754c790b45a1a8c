using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;

namespace PcnFlow.Server.Problems;

/// <summary>
/// Rejects bodies over the endpoint's limit with 413 problem details. Kestrel enforces its own limit, but the
/// test server and other hosts do not, so the body stream is also capped here; a declared length is refused up front.
/// </summary>
internal sealed class RequestBodyLimitMiddleware(RequestDelegate next, IOptions<RequestLimitsOptions> options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var declared = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>();
        var limit = declared != null ? declared.MaxRequestBodySize : options.Value.MaxBodyBytes;
        if (limit is not { } max)
        {
            await next(context);
            return;
        }
        if (context.Request.ContentLength > max)
        {
            await ProblemResponses.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, "Request body too large",
                $"This endpoint accepts at most {max:N0} bytes.");
            return;
        }
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
            feature.MaxRequestBodySize = max;
        context.Request.Body = new LengthLimitedStream(context.Request.Body, max);
        await next(context);
    }
}
