using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;
using Jint.Runtime.Descriptors;
using Jint.Runtime.Interop;
using JintEngine = Jint.Engine;

namespace PcnFlow.Engine.Expressions;

/// <summary>
/// Freezes JavaScript's built-in objects once per engine. The engine is shared by every workflow that runs on a
/// thread, and restoring global bindings does not undo a change to a built-in, so without this one definition's
/// <c>Array.prototype.includes = () =&gt; true</c> would change another organisation's decisions.
/// </summary>
/// <remarks>
/// Done from .NET rather than by a script, so it costs none of a script's statement budget. Freezing a prototype
/// makes, in sloppy mode, <c>obj.toString = f</c> silently do nothing on ordinary objects too (the "override
/// mistake"); the names scripts commonly give their own objects (toString, valueOf, constructor, and an error's
/// name and message) become accessors that set the value on the object itself instead.
/// </remarks>
internal static class BuiltInHardening
{
    private static readonly string[] GlobalNames =
    [
        "Object", "Function", "Array", "String", "Number", "Boolean", "Symbol", "BigInt", "Date", "RegExp",
        "Error", "TypeError", "RangeError", "ReferenceError", "SyntaxError", "EvalError", "URIError", "AggregateError",
        "Map", "Set", "WeakMap", "WeakSet", "WeakRef", "FinalizationRegistry", "Promise", "Proxy", "Reflect", "JSON", "Math",
        "Intl", "Atomics", "Iterator", "ArrayBuffer", "SharedArrayBuffer", "DataView", "Int8Array", "Uint8Array",
        "Uint8ClampedArray", "Int16Array", "Uint16Array", "Int32Array", "Uint32Array", "Float16Array", "Float32Array",
        "Float64Array", "BigInt64Array", "BigUint64Array",
        "getVariable", "setVariable", "getInput", "getOutputFrom", "getTask", "getContext", "addDays",
    ];

    // Prototypes no global name leads to.
    private static readonly string[] HiddenIntrinsics =
    [
        "(function* () {})", "Object.getPrototypeOf((function* () {})())", "(async function () {})", "(async function* () {})",
        "Object.getPrototypeOf([][Symbol.iterator]())", "Object.getPrototypeOf(''[Symbol.iterator]())",
        "Object.getPrototypeOf(new Map().entries())", "Object.getPrototypeOf(new Set().entries())",
        "Object.getPrototypeOf(/a/[Symbol.matchAll]('a'))", "Object.getPrototypeOf(Int8Array)",
    ];

    public static void Apply(JintEngine engine)
    {
        var objectPrototype = engine.Intrinsics.Object.PrototypeObject;
        var errorPrototype = (ObjectInstance)engine.Intrinsics.Error.Get("prototype");
        foreach (var name in new[] { "toString", "valueOf", "toLocaleString", "constructor" })
            AllowOverride(engine, objectPrototype, name);
        foreach (var name in new[] { "name", "message", "constructor" })
            AllowOverride(engine, errorPrototype, name);

        var freeze = engine.Intrinsics.Object.Get("freeze");
        var seen = new HashSet<ObjectInstance>();
        foreach (var name in GlobalNames)
        {
            if (engine.Global.HasProperty(name))
                Harden(engine, freeze, engine.Global.Get(name), seen);
        }
        foreach (var expression in HiddenIntrinsics)
            Harden(engine, freeze, engine.Evaluate(expression), seen);
    }

    private static void Harden(JintEngine engine, JsValue freeze, JsValue value, HashSet<ObjectInstance> seen)
    {
        if (value is not ObjectInstance obj || !seen.Add(obj))
            return;
        engine.Invoke(freeze, obj);
        if (obj.Prototype is { } prototype)
            Harden(engine, freeze, prototype, seen);
        if (obj.IsCallable() && obj.GetOwnProperty("prototype") is { Value: ObjectInstance functionPrototype })
            Harden(engine, freeze, functionPrototype, seen);
    }

    private static void AllowOverride(JintEngine engine, ObjectInstance prototype, string name)
    {
        var descriptor = prototype.GetOwnProperty(name);
        if (descriptor == PropertyDescriptor.Undefined || descriptor.IsAccessorDescriptor() || !descriptor.Configurable)
            return;
        var value = descriptor.Value;
        var getter = new ClrFunction(engine, "get " + name, (_, _) => value);
        var setter = new ClrFunction(engine, "set " + name, (self, args) =>
        {
            if (ReferenceEquals(self, prototype) || self is not ObjectInstance target)
                throw new JavaScriptException(engine.Intrinsics.TypeError, $"Scripts cannot change the built-in '{name}'.");
            target.DefineOwnProperty(name, new PropertyDescriptor(args.Length > 0 ? args[0] : JsValue.Undefined, writable: true, enumerable: true, configurable: true));
            return JsValue.Undefined;
        });
        prototype.DefineOwnProperty(name, new GetSetPropertyDescriptor(getter, setter, descriptor.Enumerable, configurable: false));
    }
}
