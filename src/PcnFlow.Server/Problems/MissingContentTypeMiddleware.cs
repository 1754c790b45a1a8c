using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace PcnFlow.Server.Problems;

/// <summary>
/// Refuses a body sent without a Content-Type to an endpoint that says what it accepts, with 415 problem details.
/// Routing already turns away a wrong type, but lets a missing one through, and an endpoint that reads its body by
/// hand (definitions) would then take plain text as JSON.
/// </summary>
internal sealed class MissingContentTypeMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (string.IsNullOrEmpty(context.Request.ContentType)
            && context.GetEndpoint()?.Metadata.GetMetadata<IAcceptsMetadata>() is { ContentTypes.Count: > 0 } accepts
            && HasBody(context))
        {
            await ProblemResponses.WriteAsync(context, StatusCodes.Status415UnsupportedMediaType, "Unsupported media type",
                $"Send the body with a Content-Type header: {string.Join(" or ", accepts.ContentTypes)}.");
            return;
        }
        await next(context);
    }

    private static bool HasBody(HttpContext context) => context.Request.ContentLength is > 0
        || (context.Request.ContentLength == null && context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody == true);
}
