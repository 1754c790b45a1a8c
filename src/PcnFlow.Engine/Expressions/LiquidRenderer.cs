using System.Collections.Concurrent;
using System.Globalization;
using DotLiquid;
using DotLiquid.Exceptions;
using DotLiquid.NamingConventions;

namespace PcnFlow.Engine.Expressions;

/// <summary>
/// Renders Liquid templates such as <c>Welcome, {{ pcn.name | upcase }}</c> with DotLiquid. Templates see
/// <c>pcn.name</c>, <c>programme.day0</c> (<c>yyyy-MM-dd</c>), <c>instance.id</c>, <c>instance.correlationId</c>,
/// <c>variables.X</c>, <c>inputs.X</c> and, for completed tasks, <c>tasks.&lt;activityId&gt;.fields.X</c>,
/// <c>.outcome</c>, <c>.comment</c>, <c>.completedBy</c> and <c>.completedAt</c>.
/// </summary>
/// <remarks>
/// Thread-safe. Parsed templates are cached. The <c>date</c> filter takes Ruby-style formats (<c>%d %B %Y</c>), and
/// numbers and dates are written in the invariant culture.
/// </remarks>
public sealed class LiquidRenderer
{
    private const int MaxCachedTemplates = 4096;
    private readonly ConcurrentDictionary<string, Template> _templates = new(StringComparer.Ordinal);
    private readonly TimeSpan _timeout;
    private readonly int _maxIterations;

    // DotLiquid's naming convention is process-wide. The Ruby one (its default, stated here so nothing else can surprise us)
    // is what makes the standard filters answer to `upcase`, `date` and so on; Hash keys such as `pcnName` are matched as written either way.
    static LiquidRenderer() => Template.NamingConvention = new RubyNamingConvention();

    /// <summary>Creates a renderer with the default <see cref="ExpressionOptions"/> limits.</summary>
    public LiquidRenderer()
        : this(new ExpressionOptions())
    {
    }

    /// <summary>Creates a renderer whose renders stop after <see cref="ExpressionOptions.Timeout"/>, and whose loops stop after <see cref="ExpressionOptions.MaxStatements"/> iterations.</summary>
    /// <param name="options">The limits; read once.</param>
    public LiquidRenderer(ExpressionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _timeout = options.Timeout;
        _maxIterations = options.MaxStatements;
    }

    /// <summary>Renders <paramref name="template"/> against <paramref name="scope"/>.</summary>
    /// <param name="template">Liquid source.</param>
    /// <param name="scope">The variables, inputs, tasks and context the template can see.</param>
    /// <returns>The rendered text. Unknown names render as nothing, as in Liquid.</returns>
    /// <exception cref="ExpressionException">The template does not parse, fails while rendering or breaks a limit.</exception>
    public string Render(string template, IExpressionScope scope)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(scope);
        var parsed = GetOrParse(template);

        var session = LiquidSession.Acquire(this, _timeout, _maxIterations);
        try
        {
            var context = session.Begin(LiquidModel.Build(scope));
            return parsed.Render(RenderParameters.FromContext(context, CultureInfo.InvariantCulture));
        }
        catch (OperationCanceledException e)
        {
            throw ExpressionException.TimedOut(_timeout, e, "template");
        }
        catch (MaximumIterationsExceededException e)
        {
            throw ExpressionException.TooManySteps(_maxIterations, "loop iterations", e, "template");
        }
        catch (Exception e) when (e is not ExpressionException)
        {
            throw new ExpressionException(ExpressionFailureKind.Runtime, Sentence.End($"The template failed: {e.Message}"), e);
        }
        finally
        {
            session.Release();
        }
    }

    /// <summary>Checks <paramref name="template"/> for syntax errors without rendering it, e.g. when validating a definition.</summary>
    /// <param name="template">Liquid source.</param>
    /// <param name="error">When the template does not parse, what is wrong.</param>
    /// <returns>True when the template parses.</returns>
    public static bool TryParse(string template, out string? error)
    {
        ArgumentNullException.ThrowIfNull(template);
        try
        {
            Parse(template);
            error = null;
            return true;
        }
        catch (ExpressionException e)
        {
            error = e.Message;
            return false;
        }
    }

    private Template GetOrParse(string template)
    {
        if (_templates.TryGetValue(template, out var parsed))
        {
            return parsed;
        }

        if (_templates.Count >= MaxCachedTemplates)
        {
            _templates.Clear();
        }

        return _templates.GetOrAdd(template, Parse);
    }

    private static Template Parse(string template)
    {
        try
        {
            var parsed = Template.Parse(template);
            parsed.MakeThreadSafe();
            return parsed;
        }
        catch (Exception e) when (e is LiquidException or System.ArgumentException or FormatException)
        {
            throw new ExpressionException(ExpressionFailureKind.Syntax, Sentence.End($"The template has a syntax error: {e.Message}"), e);
        }
    }
}
