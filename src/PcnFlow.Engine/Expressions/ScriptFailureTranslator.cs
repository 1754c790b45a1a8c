using System.Globalization;
using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;
using JintEngine = Jint.Engine;

namespace PcnFlow.Engine.Expressions;

/// <summary>Turns whatever Jint threw into an <see cref="ExpressionException"/> whose message a workflow author can act on.</summary>
internal sealed class ScriptFailureTranslator
{
    // Names a script reaches for when it expects CLR interop (Jint's AllowClr globals, Node's require).
    private static readonly HashSet<string> HostNames = new(StringComparer.Ordinal)
    {
        "System", "Microsoft", "importNamespace", "clrType", "clr", "require",
    };

    // Enough for any message a script means a person to read; a script can throw megabytes, which would otherwise
    // travel into the incident, the journal, the database and every API answer that shows them.
    private const int MaxScriptMessageLength = 300;

    private static readonly string[] ErrorNames = ["TypeError", "RangeError", "ReferenceError", "SyntaxError", "EvalError", "URIError", "Error"];

    private readonly ExpressionOptions _options;
    private readonly (ObjectInstance Prototype, string Name)[] _errorPrototypes;

    public ScriptFailureTranslator(JintEngine engine, ExpressionOptions options)
    {
        _options = options;
        _errorPrototypes = ErrorNames
            .Select(name => (engine.Global.Get(name).AsObject().Get("prototype").AsObject(), name))
            .ToArray();
    }

    public ExpressionException Translate(Exception failure) => failure switch
    {
        ExpressionException expression => expression,
        TimeoutException => ExpressionException.TimedOut(_options.Timeout, failure),
        StatementsCountOverflowException => ExpressionException.TooManySteps(_options.MaxStatements, "statements", failure),
        MemoryLimitExceededException => ExpressionException.OutOfMemory(_options.MemoryLimitBytes, failure),
        RecursionDepthOverflowException => ExpressionException.TooDeep(_options.RecursionLimit, failure),
        JavaScriptException script => FromScriptError(script),
        _ => new ExpressionException(ExpressionFailureKind.Runtime, Sentence.End($"The script failed: {Shorten(failure.Message)}"), failure),
    };

    private ExpressionException FromScriptError(JavaScriptException failure)
    {
        var name = ErrorName(failure.Error);
        var message = failure.Message;
        const string NotDefined = " is not defined";
        if (name == "ReferenceError" && message.EndsWith(NotDefined, StringComparison.Ordinal) && HostNames.Contains(message[..^NotDefined.Length]))
        {
            return new ExpressionException(
                ExpressionFailureKind.Forbidden,
                $"The script tried to use '{message[..^NotDefined.Length]}', but scripts cannot reach .NET types or the server. "
                + "Use getVariable, getInput, getOutputFrom, getTask or context instead.",
                failure);
        }

        if (name == "TypeError" && message.Contains("String compilation", StringComparison.Ordinal))
        {
            return new ExpressionException(
                ExpressionFailureKind.Forbidden,
                "The script tried to run code built from a string (eval or new Function), which scripts are not allowed to do.",
                failure);
        }

        if (name == "RangeError" && message.Contains("call stack", StringComparison.OrdinalIgnoreCase))
        {
            return ExpressionException.TooDeep(_options.RecursionLimit, failure);
        }

        // Jint's answer to a string past .NET's largest, which a memory limit cannot catch because it is refused before it is allocated.
        if (name == "RangeError" && message.Equals("Invalid string length", StringComparison.Ordinal))
        {
            return new ExpressionException(ExpressionFailureKind.Memory, "The script tried to build a string too long to hold in memory and was stopped.", failure);
        }

        var text = name is null || message.Length == 0 ? name ?? message : $"{name}: {message}";
        return new ExpressionException(ExpressionFailureKind.Runtime, Sentence.End($"The script failed: {Shorten(text)}"), failure);
    }

    private static string Shorten(string text) =>
        text.Length <= MaxScriptMessageLength
            ? text
            : string.Create(CultureInfo.InvariantCulture, $"{text[..MaxScriptMessageLength].TrimEnd()}… (shortened from {text.Length:N0} characters)");

    // Found by walking prototypes rather than reading `name`, which could be a getter running script code after the limits have ended.
    private string? ErrorName(JsValue error)
    {
        var current = error as ObjectInstance;
        for (var depth = 0; current is not null && depth < 32; depth++, current = current.Prototype)
        {
            foreach (var (prototype, name) in _errorPrototypes)
            {
                if (ReferenceEquals(prototype, current))
                {
                    return name;
                }
            }
        }

        return null;
    }
}
