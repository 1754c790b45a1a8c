using Microsoft.Extensions.Options;
using PcnFlow.Engine.Expressions;

namespace PcnFlow.Server.Setup;

/// <summary>
/// The limits every workflow script runs under, from the <c>Expressions</c> configuration section; a setting left
/// out keeps <see cref="ExpressionOptions"/>' default. A negative value stops the server at start-up, naming the
/// setting, rather than faulting the first instance that runs a script.
/// </summary>
internal static class ExpressionLimits
{
    public const string Section = "Expressions";

    public static void AddExpressionLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ExpressionOptions>()
            .Bind(configuration.GetSection(Section))
            .Validate(o => o.Timeout >= TimeSpan.Zero, $"{Section}:{nameof(ExpressionOptions.Timeout)} must not be negative (0 removes the limit).")
            .Validate(o => o.MemoryLimitBytes >= 0, $"{Section}:{nameof(ExpressionOptions.MemoryLimitBytes)} must not be negative (0 removes the limit).")
            .Validate(o => o.RecursionLimit >= 0, $"{Section}:{nameof(ExpressionOptions.RecursionLimit)} must not be negative (0 removes the limit).")
            .Validate(o => o.MaxStatements >= 0, $"{Section}:{nameof(ExpressionOptions.MaxStatements)} must not be negative (0 removes the limit).")
            .ValidateOnStart();
    }

    public static ExpressionOptions From(IServiceProvider services) => services.GetRequiredService<IOptions<ExpressionOptions>>().Value;
}
