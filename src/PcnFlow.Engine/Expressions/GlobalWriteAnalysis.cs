using Acornima;
using Acornima.Ast;
using Jint;

namespace PcnFlow.Engine.Expressions;

/// <summary>
/// Decides, once per prepared script, whether running it could leave global bindings behind (<c>var total = 0</c>,
/// <c>x = 1</c>, <c>this.y = 2</c>). Only those scripts pay for restoring the engine's globals afterwards; a plain
/// expression such as <c>getCounter() + 1</c> cannot, and runs at full speed.
/// </summary>
/// <remarks>
/// Conservative: anything it cannot rule out counts as a write. <c>eval</c> and <c>new Function</c> are refused by the
/// engine, so every way to reach the global object is visible in the source as <c>this</c> or <c>globalThis</c>.
/// </remarks>
internal static class GlobalWriteAnalysis
{
    public static bool MayWriteGlobals(in Prepared<Script> prepared)
    {
        var globals = prepared.ReferencedGlobals;
        if (globals is null || prepared.Program is null || globals.HasDirectEvalCall || globals.Contains("globalThis") || globals.Contains("eval"))
        {
            return true;
        }

        return Writes(prepared.Program, insideFunction: false, globals);
    }

    private static bool Writes(Node node, bool insideFunction, ReferencedGlobals globals)
    {
        var writes = node switch
        {
            ThisExpression => true,
            VariableDeclaration or FunctionDeclaration or ClassDeclaration => !insideFunction,
            AssignmentExpression assignment => Targets(assignment.Left, globals),
            UnaryExpression { Operator: Operator.Increment or Operator.Decrement or Operator.Delete } unary => Targets(unary.Argument, globals),
            ForInStatement loop => Targets(loop.Left, globals),
            ForOfStatement loop => Targets(loop.Left, globals),
            _ => false,
        };

        if (writes)
        {
            return true;
        }

        var childrenInsideFunction = insideFunction || node is IFunction;
        foreach (var child in node.ChildNodes)
        {
            if (child is not null && Writes(child, childrenInsideFunction, globals))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Targets(Node target, ReferencedGlobals globals) => target switch
    {
        Identifier identifier => globals.Contains(identifier.Name),
        MemberExpression or VariableDeclaration => false,
        _ => true,
    };
}
