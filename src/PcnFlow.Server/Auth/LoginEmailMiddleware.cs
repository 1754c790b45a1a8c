using System.Text.Json;

namespace PcnFlow.Server.Auth;

/// <summary>
/// Reads the email from a sign-in body before the rate limiter runs, because its partition callback cannot read the
/// body itself. The body is buffered and rewound so Identity's endpoint reads it as sent.
/// </summary>
internal sealed class LoginEmailMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (HttpMethods.IsPost(context.Request.Method) && LoginThrottle.IsLoginEndpoint(context))
            context.Items[LoginThrottle.EmailItem] = await ReadEmailAsync(context.Request);
        await next(context);
    }

    private static async Task<string> ReadEmailAsync(HttpRequest request)
    {
        request.EnableBuffering();
        try
        {
            using var body = await JsonDocument.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
            if (body.RootElement.ValueKind != JsonValueKind.Object)
                return "";
            foreach (var property in body.RootElement.EnumerateObject())
            {
                if (property.NameEquals("email") || string.Equals(property.Name, "email", StringComparison.OrdinalIgnoreCase))
                    return property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()!.Trim().ToUpperInvariant() : "";
            }
            return "";
        }
        catch (JsonException)
        {
            // Identity's endpoint answers malformed JSON with 400; here it only means there is no email to count by.
            return "";
        }
        finally
        {
            request.Body.Position = 0;
        }
    }
}
