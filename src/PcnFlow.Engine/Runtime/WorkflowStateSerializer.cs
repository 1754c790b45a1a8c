using System.Text.Json;
using System.Text.Json.Serialization;

namespace PcnFlow.Engine.Runtime;

/// <summary>Saves and reloads <see cref="WorkflowState"/> as JSON.</summary>
public static class WorkflowStateSerializer
{
    /// <summary>The serializer options used for state, exposed so hosts can embed state in larger documents.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>The state as JSON text.</summary>
    public static string Serialize(WorkflowState state) => JsonSerializer.Serialize(state, Options);

    /// <summary>The state as UTF-8 JSON bytes.</summary>
    public static byte[] SerializeToUtf8Bytes(WorkflowState state) => JsonSerializer.SerializeToUtf8Bytes(state, Options);

    /// <summary>Reloads state written by <see cref="Serialize"/>.</summary>
    public static WorkflowState Deserialize(string json) =>
        JsonSerializer.Deserialize<WorkflowState>(json, Options) ?? throw new JsonException("The saved workflow state is empty.");

    /// <summary>Reloads state written by <see cref="SerializeToUtf8Bytes"/>.</summary>
    public static WorkflowState Deserialize(ReadOnlySpan<byte> utf8Json) =>
        JsonSerializer.Deserialize<WorkflowState>(utf8Json, Options) ?? throw new JsonException("The saved workflow state is empty.");

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        options.Converters.Add(new JsonStringEnumConverter());
        options.Converters.Add(new PlainValueJsonConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
