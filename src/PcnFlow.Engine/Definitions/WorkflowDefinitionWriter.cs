using System.Text.Json;
using System.Text.Json.Nodes;

namespace PcnFlow.Engine.Definitions;

/// <summary>Writes a definition as Elsa 3 JSON, putting back every property that was kept verbatim.</summary>
public static class WorkflowDefinitionWriter
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, MaxDepth = 256 };

    /// <summary>The definition as a JSON object.</summary>
    public static JsonObject ToJson(WorkflowDefinition definition)
    {
        var obj = new JsonObject
        {
            ["id"] = definition.Id,
            ["definitionId"] = definition.DefinitionId,
        };
        if (definition.Name != null)
            obj["name"] = definition.Name;
        if (definition.Description != null)
            obj["description"] = definition.Description;
        obj["version"] = definition.Version;
        obj["isLatest"] = definition.IsLatest;
        obj["isPublished"] = definition.IsPublished;
        obj["variables"] = new JsonArray([.. definition.Variables.Select(WriteVariable)]);
        obj["inputs"] = new JsonArray([.. definition.Inputs.Select(WriteInput)]);
        foreach (var (key, value) in definition.Extras)
            obj[key] = value?.DeepClone();
        obj["root"] = ToJson(definition.Root);
        return obj;
    }

    /// <summary>The definition as indented JSON text.</summary>
    public static string ToJsonString(WorkflowDefinition definition) => ToJson(definition).ToJsonString(Indented);

    /// <summary>One activity as a JSON object.</summary>
    public static JsonObject ToJson(ActivityDefinition activity)
    {
        var obj = new JsonObject
        {
            ["id"] = activity.Id,
            ["type"] = activity.Type,
            ["version"] = activity.Version,
        };
        if (activity.Name != null)
            obj["name"] = activity.Name;
        foreach (var (key, input) in activity.Inputs)
            obj[key] = WriteInputValue(input);
        foreach (var (key, value) in activity.Extras)
            obj[key] = value?.DeepClone();
        if (activity.CustomProperties != null)
            obj["customProperties"] = activity.CustomProperties.DeepClone();
        if (activity.Metadata != null)
            obj["metadata"] = activity.Metadata.DeepClone();
        if (activity.Body != null)
            obj["body"] = ToJson(activity.Body);
        if (activity.Activities != null)
            obj["activities"] = new JsonArray([.. activity.Activities.Select(a => (JsonNode)ToJson(a))]);
        if (activity.Connections != null)
            obj["connections"] = new JsonArray([.. activity.Connections.Select(WriteConnection)]);
        return obj;
    }

    private static JsonObject WriteInputValue(InputValue input)
    {
        var expression = new JsonObject { ["type"] = input.ExpressionType, ["value"] = input.Value?.DeepClone() };
        var obj = new JsonObject();
        if (input.TypeName != null)
            obj["typeName"] = input.TypeName;
        obj["expression"] = expression;
        foreach (var (key, value) in input.Extras)
        {
            if (key.StartsWith("expression.", StringComparison.Ordinal))
                expression[key["expression.".Length..]] = value?.DeepClone();
            else
                obj[key] = value?.DeepClone();
        }
        return obj;
    }

    private static JsonNode WriteConnection(ConnectionDefinition c) => new JsonObject
    {
        ["source"] = new JsonObject { ["activity"] = c.Source.Activity, ["port"] = c.Source.Port },
        ["target"] = new JsonObject { ["activity"] = c.Target.Activity, ["port"] = c.Target.Port },
    };

    private static JsonNode WriteVariable(VariableDefinition v)
    {
        var obj = new JsonObject();
        if (v.Id != null)
            obj["id"] = v.Id;
        obj["name"] = v.Name;
        obj["typeName"] = v.TypeName;
        obj["value"] = v.Value?.DeepClone();
        foreach (var (key, value) in v.Extras)
            obj[key] = value?.DeepClone();
        return obj;
    }

    private static JsonNode WriteInput(InputDefinition i)
    {
        var obj = new JsonObject { ["name"] = i.Name, ["typeName"] = i.TypeName };
        foreach (var (key, value) in i.Extras)
            obj[key] = value?.DeepClone();
        return obj;
    }
}
