using System.Text.Json.Nodes;

namespace PcnFlow.Engine.Tests.Activities;

/// <summary>Activity inputs: <c>{ typeName, expression: { type, value } }</c>.</summary>
internal static class In
{
    public static JsonObject Lit(string value, string typeName = "String") => Input(typeName, "Literal", value);

    public static JsonObject Js(string script, string typeName = "Object") => Input(typeName, "JavaScript", script);

    public static JsonObject Liquid(string template) => Input("String", "Liquid", template);

    /// <summary>An <c>Object</c> expression holding inline JSON.</summary>
    public static JsonObject Obj(string json) => Input("Object", "Object", JsonNode.Parse(json));

    private static JsonObject Input(string typeName, string type, JsonNode? value) => new()
    {
        ["typeName"] = typeName,
        ["expression"] = new JsonObject { ["type"] = type, ["value"] = value },
    };
}
