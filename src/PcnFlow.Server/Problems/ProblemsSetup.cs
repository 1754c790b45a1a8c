namespace PcnFlow.Server.Problems;

/// <summary>Every error the API returns is RFC 9457 problem details; unhandled exceptions become a bare 500 without internals.</summary>
internal static class ProblemsSetup
{
    public static void AddPcnFlowProblems(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<RequestLimitsOptions>(builder.Configuration.GetSection(RequestLimitsOptions.Section));
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
            c.ProblemDetails.Extensions.TryAdd("traceId", c.HttpContext.TraceIdentifier));
        builder.Services.Configure<ExceptionHandlerOptions>(o =>
        {
            // Bad requests thrown while binding (e.g. a body over the limit, or anything in Development where binding
            // throws) keep their 4xx status instead of turning into a 500.
            o.StatusCodeSelector = e => e is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError;
        });
    }

    public static void UsePcnFlowProblems(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
    }
}
