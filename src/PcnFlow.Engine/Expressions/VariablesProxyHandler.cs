using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime.Descriptors;
using Jint.Runtime.Interop;

namespace PcnFlow.Engine.Expressions;

/// <summary>
/// Traps for the <c>variables</c> global: <c>variables.Counter</c> reads and <c>variables.Counter = 3</c> writes the
/// current scope's variables. Anything that is not a variable falls through to an empty object, so
/// <c>toString</c> and friends still work.
/// </summary>
internal sealed class VariablesProxyHandler(ScriptGlobals globals) : ProxyHandler
{
    public override JsValue? Get(ObjectInstance target, JsValue property, JsValue receiver) =>
        TryRead(property, out var value) ? value : null;

    public override bool? Set(ObjectInstance target, JsValue property, JsValue value, JsValue receiver)
    {
        if (!property.IsString())
        {
            return null;
        }

        globals.Scope.SetVariable(property.ToString(), JsValueConverter.ToClr(value));
        return true;
    }

    public override bool? Has(ObjectInstance target, JsValue property) =>
        property.IsString() && globals.Scope.TryGetVariable(property.ToString(), out _) ? true : null;

    // Variables are removed by the workflow, never by a script.
    public override bool? DeleteProperty(ObjectInstance target, JsValue property) => false;

    public override bool? DefineProperty(ObjectInstance target, JsValue property, PropertyDescriptor descriptor) => false;

    public override IReadOnlyList<JsValue>? OwnKeys(ObjectInstance target) =>
        globals.Scope.VariableNames.Select(name => (JsValue)new JsString(name)).ToList();

    public override PropertyDescriptor? GetOwnPropertyDescriptor(ObjectInstance target, JsValue property) =>
        TryRead(property, out var value) ? new PropertyDescriptor(value, PropertyFlag.ConfigurableEnumerableWritable) : null;

    private bool TryRead(JsValue property, out JsValue value)
    {
        if (property.IsString() && globals.Scope.TryGetVariable(property.ToString(), out var clr))
        {
            value = globals.Converter.ToJs(clr);
            return true;
        }

        value = JsValue.Undefined;
        return false;
    }
}
