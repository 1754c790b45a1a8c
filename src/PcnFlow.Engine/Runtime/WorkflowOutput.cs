using System.Text.Json.Nodes;
using PcnFlow.Engine.Expressions;

namespace PcnFlow.Engine.Runtime;

/// <summary>An instance's output as JSON, the payload a parent receives when its child workflow finishes.</summary>
public static class WorkflowOutput
{
    /// <summary>The output values of <paramref name="state"/> as a JSON object.</summary>
    public static JsonObject ToJson(WorkflowState state)
    {
        var output = new JsonObject();
        foreach (var (key, value) in state.Output)
            output[key] = value switch
            {
                JsonNode node => node.DeepClone(),
                bool b => JsonValue.Create(b),
                double d => JsonValue.Create(d),
                null => null,
                _ => JsonValue.Create(LiteralConverter.ToText(value)),
            };
        return output;
    }
}
