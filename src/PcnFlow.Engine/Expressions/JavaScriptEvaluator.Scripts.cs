using Acornima;
using Acornima.Ast;
using Jint;
using JintEngine = Jint.Engine;

namespace PcnFlow.Engine.Expressions;

public sealed partial class JavaScriptEvaluator
{
    // Definitions hold a bounded set of scripts; the cap only guards against a caller generating script text.
    private const int MaxCachedScripts = 4096;
    private static readonly ScriptPreparationOptions RunOptions = new() { CollectReferencedGlobals = true };
    private static readonly ScriptPreparationOptions CheckOptions = new() { StaticAnalysis = false };

    private readonly Dictionary<string, CachedScript> _scripts = new(StringComparer.Ordinal);

    /// <summary>Checks <paramref name="script"/> for syntax errors without running it, e.g. when validating a definition.</summary>
    /// <param name="script">JavaScript source.</param>
    /// <param name="error">When the script does not parse, what is wrong and where (line and column, both from 1).</param>
    /// <returns>True when the script parses.</returns>
    public static bool TryParse(string script, out string? error)
    {
        ArgumentNullException.ThrowIfNull(script);
        try
        {
            Prepare(script, CheckOptions);
            error = null;
            return true;
        }
        catch (ExpressionException e)
        {
            error = e.Message;
            return false;
        }
    }

    private CachedScript GetOrPrepare(string script)
    {
        if (_scripts.TryGetValue(script, out var cached))
        {
            return cached;
        }

        var prepared = Prepare(script, RunOptions);
        if (_scripts.Count >= MaxCachedScripts)
        {
            _scripts.Clear();
        }

        cached = new CachedScript(prepared, GlobalWriteAnalysis.MayWriteGlobals(prepared));
        _scripts[script] = cached;
        return cached;
    }

    private static Prepared<Script> Prepare(string script, ScriptPreparationOptions options)
    {
        try
        {
            return JintEngine.PrepareScript(script, options: options);
        }
        catch (ScriptPreparationException e) when (e.InnerException is ParseErrorException parse)
        {
            throw ExpressionException.SyntaxError(parse.Description, parse.LineNumber, parse.Column + 1, e);
        }
        catch (ParseErrorException parse)
        {
            throw ExpressionException.SyntaxError(parse.Description, parse.LineNumber, parse.Column + 1, parse);
        }
    }

    private readonly record struct CachedScript(Prepared<Script> Script, bool MayWriteGlobals);
}
