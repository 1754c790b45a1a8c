using System.Globalization;
using Jint;
using Jint.Native;
using Jint.Runtime;
using Jint.Runtime.Interop;
using JintEngine = Jint.Engine;

namespace PcnFlow.Engine.Expressions;

/// <summary>
/// The functions scripts call: Elsa's <c>getVariable</c>, <c>setVariable</c>, <c>getInput</c> and
/// <c>getOutputFrom</c>, plus PcnFlow's <c>getTask</c>, <c>getContext</c>/<c>context</c> and <c>addDays</c>.
/// They are installed once per engine and read whichever scope is current, so nothing is rebuilt per evaluation.
/// </summary>
internal sealed partial class ScriptGlobals
{
    private readonly JintEngine _engine;
    private readonly JsValueConverter _converter;
    private IExpressionScope? _scope;

    public ScriptGlobals(JintEngine engine, JsValueConverter converter)
    {
        _engine = engine;
        _converter = converter;
        Install();
    }

    public IExpressionScope Scope =>
        _scope ?? throw new InvalidOperationException("Script functions can only be used while an expression is being evaluated.");

    public JsValueConverter Converter => _converter;

    /// <summary>Makes <paramref name="scope"/> current and returns the one it replaces, for <see cref="Exit"/>.</summary>
    public IExpressionScope? Enter(IExpressionScope scope)
    {
        var previous = _scope;
        _scope = scope;
        return previous;
    }

    public void Exit(IExpressionScope? previous) => _scope = previous;

    private void Install()
    {
        Define("getVariable", 1, (_, args) => Scope.TryGetVariable(Name(args, "getVariable"), out var value) ? _converter.ToJs(value) : JsValue.Undefined);
        Define("setVariable", 2, (_, args) => Write(Name(args, "setVariable"), Arg(args, 1)));
        Define("getInput", 1, (_, args) => Scope.TryGetInput(Name(args, "getInput"), out var value) ? _converter.ToJs(value) : JsValue.Undefined);
        Define("getOutputFrom", 2, (_, args) => _converter.ToJs(Scope.GetOutputFrom(Name(args, "getOutputFrom"), OptionalText(Arg(args, 1)))));
        Define("getTask", 1, (_, args) => TaskToJs(Scope.GetTask(Name(args, "getTask"))));
        Define("getContext", 0, (_, _) => ContextToJs(Scope.Context));
        Define("addDays", 2, (_, args) => AddDays(Arg(args, 0), Arg(args, 1)));
        DefineValue("variables", _engine.Advanced.CreateProxy(new JsObject(_engine), new VariablesProxyHandler(this)));

        // An accessor, so `context` always describes the scope of the evaluation that reads it.
        _engine.Execute("Object.defineProperty(globalThis, 'context', { get: function () { return getContext(); } });");
    }

    private void Define(string name, int length, Func<JsValue, JsValue[], JsValue> body) =>
        DefineValue(name, new ClrFunction(_engine, name, body, length));

    // Read-only and non-configurable, so a script cannot replace a host function for the evaluations after it.
    private void DefineValue(string name, JsValue value) =>
        _engine.Global.DefineOwnProperty(name, new(value, writable: false, enumerable: false, configurable: false));

    private JsValue Write(string name, JsValue value)
    {
        Scope.SetVariable(name, JsValueConverter.ToClr(value));
        return JsValue.Undefined;
    }

    private JsValue TaskToJs(TaskSnapshot? task)
    {
        if (task is null)
        {
            return JsValue.Null;
        }

        var result = new JsObject(_engine);
        result.CreateDataProperty("outcome", task.Outcome);
        result.CreateDataProperty("fields", _converter.ToJs(task.Fields));
        result.CreateDataProperty("completedBy", _converter.ToJs(task.CompletedBy));
        result.CreateDataProperty("completedAt", _converter.ToJs(task.CompletedAt));
        result.CreateDataProperty("comment", _converter.ToJs(task.Comment));
        return result;
    }

    private JsObject ContextToJs(ProgrammeContext context)
    {
        var result = new JsObject(_engine);
        result.CreateDataProperty("instanceId", context.InstanceId);
        result.CreateDataProperty("pcnName", _converter.ToJs(context.PcnName));
        result.CreateDataProperty("day0", _converter.ToJs(context.Day0));
        result.CreateDataProperty("correlationId", _converter.ToJs(context.CorrelationId));
        return result;
    }

    private JsString AddDays(JsValue start, JsValue days)
    {
        var moment = LiteralConverter.ToDateTime(JsValueConverter.ToClr(start))
            ?? throw TypeError("addDays needs a date or an ISO date string such as '2024-03-05'.");
        var count = TypeConverter.ToNumber(days);
        if (!double.IsFinite(count) || count != Math.Floor(count) || Math.Abs(count) > 3_000_000)
        {
            throw TypeError("addDays needs a whole number of days.");
        }

        var date = DateOnly.FromDateTime(moment.DateTime).AddDays((int)count);
        return new JsString(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    private string Name(JsValue[] args, string function)
    {
        var name = Arg(args, 0);
        return name.IsNull() || name.IsUndefined()
            ? throw TypeError($"{function} needs a name as its first argument.")
            : TypeConverter.ToString(name);
    }

    private static string? OptionalText(JsValue value) =>
        value.IsNull() || value.IsUndefined() ? null : TypeConverter.ToString(value);

    private static JsValue Arg(JsValue[] args, int index) => index < args.Length ? args[index] : JsValue.Undefined;

    private JavaScriptException TypeError(string message) => new(_engine.Intrinsics.TypeError, message);
}
