namespace PcnFlow.Engine.Definitions;

/// <summary>The expression types Elsa 3 JSON uses, and which this engine evaluates.</summary>
public static class ExpressionTypes
{
    /// <summary>A constant, converted to the input's type.</summary>
    public const string Literal = "Literal";

    /// <summary>JSON data, either inline or as a JSON string.</summary>
    public const string Object = "Object";

    /// <summary>A JavaScript expression run in a sandboxed Jint engine.</summary>
    public const string JavaScript = "JavaScript";

    /// <summary>A Liquid template rendered with Fluid.</summary>
    public const string Liquid = "Liquid";

    /// <summary>Whether <paramref name="type"/> is one of the supported expression types.</summary>
    public static bool IsKnown(string type) => type is Literal or Object or JavaScript or Liquid;
}
