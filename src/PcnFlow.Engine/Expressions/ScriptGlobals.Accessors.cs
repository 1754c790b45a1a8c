using Jint.Native;

namespace PcnFlow.Engine.Expressions;

internal sealed partial class ScriptGlobals
{
    private readonly HashSet<string> _seenVariables = new(StringComparer.Ordinal);
    private readonly HashSet<string> _seenInputs = new(StringComparer.Ordinal);

    /// <summary>
    /// Adds Elsa's <c>getX()</c>/<c>setX(value)</c> for each variable and <c>getX()</c> for each input that earlier
    /// scopes did not have. Names are checked against sets first, so an evaluation with no new names allocates nothing here.
    /// </summary>
    /// <returns>True when globals were added, so the caller's global snapshot must be taken again.</returns>
    public bool DefineAccessors(IExpressionScope scope)
    {
        var added = false;
        foreach (var name in scope.VariableNames)
        {
            if (_seenVariables.Add(name))
            {
                added |= TryDefineGetter(name);
                added |= TryDefine("set" + name, 1, (_, args) => Write(name, Arg(args, 0)));
            }
        }

        foreach (var name in scope.InputNames)
        {
            if (_seenInputs.Add(name))
            {
                added |= TryDefineGetter(name);
            }
        }

        return added;
    }

    private bool TryDefineGetter(string name) => TryDefine("get" + name, 0, (_, _) => Read(name));

    // A variable and an input may share a name; the variable wins, as it does in Elsa.
    private JsValue Read(string name) =>
        Scope.TryGetVariable(name, out var value) || Scope.TryGetInput(name, out value) ? _converter.ToJs(value) : JsValue.Undefined;

    private bool TryDefine(string functionName, int length, Func<JsValue, JsValue[], JsValue> body)
    {
        // An existing global is either ours already (a variable and input of the same name) or a built-in
        // such as getVariable for a variable called "Variable": never shadow it.
        if (!IsIdentifier(functionName) || _engine.Global.HasProperty(functionName))
        {
            return false;
        }

        Define(functionName, length, body);
        return true;
    }

    private static bool IsIdentifier(string name)
    {
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var valid = char.IsLetter(c) || c is '_' or '$' || (i > 0 && char.IsDigit(c));
            if (!valid)
            {
                return false;
            }
        }

        return name.Length > 0;
    }
}
