using System.Text.Json;
using System.Text.Json.Nodes;

namespace PcnFlow.Engine.Definitions;

/// <summary>
/// Reads Elsa 3 workflow-definition JSON. Shape problems are collected, never thrown, so that a caller can
/// report all of them at once; <see cref="ReadOrThrow"/> refuses a definition whole.
/// </summary>
public static class WorkflowDefinitionReader
{
    internal static readonly HashSet<string> ActivityStructuralKeys = new(StringComparer.Ordinal)
    {
        "id", "type", "version", "name", "metadata", "customProperties", "activities", "connections",
    };

    private static readonly HashSet<string> WorkflowKeys = new(StringComparer.Ordinal)
    {
        "id", "definitionId", "name", "description", "version", "isLatest", "isPublished", "variables", "inputs", "root",
    };

    /// <summary>Reads a definition; on failure the result has no definition and lists the problems.</summary>
    public static DefinitionReadResult Read(string json)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 256, AllowDuplicateProperties = false });
        }
        catch (JsonException ex)
        {
            if (ex.LineNumber == null && DuplicatePropertyFinder.Find(json) is { } duplicate)
                return DefinitionReadResult.Failed(duplicate);
            var where = ex.LineNumber is { } line ? $" (line {line + 1}, position {ex.BytePositionInLine + 1})" : "";
            return DefinitionReadResult.Failed(new DefinitionProblem(null, ex.Path ?? "$", $"The file is not valid JSON{where}.", "invalid-json"));
        }
        return Read(node);
    }

    /// <summary>Reads a definition from parsed JSON.</summary>
    public static DefinitionReadResult Read(JsonNode? node)
    {
        var problems = new List<DefinitionProblem>();
        if (node is not JsonObject obj)
            return DefinitionReadResult.Failed(new DefinitionProblem(null, "$", "A workflow definition must be a JSON object.", "not-an-object"));
        var rootNode = obj["root"];
        if (rootNode is not JsonObject rootObj)
        {
            problems.Add(new DefinitionProblem(null, "$.root", "The definition has no root flowchart ('root' is missing or is not an object).", "missing-root"));
            return DefinitionReadResult.Failed([.. problems]);
        }
        var root = ReadActivity(rootObj, "$.root", problems);
        var definitionId = ReadString(obj, "definitionId") ?? ReadString(obj, "id");
        if (definitionId == null)
            problems.Add(new DefinitionProblem(null, "$.definitionId", "The definition has no 'definitionId' (or 'id').", "missing-definition-id"));
        if (root == null || problems.Count > 0)
            return DefinitionReadResult.Failed([.. problems]);

        var extras = new JsonObject();
        foreach (var (key, value) in obj)
        {
            if (!WorkflowKeys.Contains(key))
                extras[key] = value?.DeepClone();
        }
        var definition = new WorkflowDefinition
        {
            Id = ReadString(obj, "id") ?? definitionId!,
            DefinitionId = definitionId!,
            Name = ReadString(obj, "name"),
            Description = ReadString(obj, "description"),
            Version = ReadInt(obj, "version", "$.version", problems) ?? 1,
            IsLatest = ReadBool(obj, "isLatest") ?? true,
            IsPublished = ReadBool(obj, "isPublished") ?? true,
            Variables = ReadVariables(obj["variables"], problems),
            Inputs = ReadInputs(obj["inputs"], problems),
            Root = root,
            Extras = extras,
        };
        return problems.Count > 0 ? DefinitionReadResult.Failed([.. problems]) : DefinitionReadResult.Ok(definition);
    }

    /// <summary>Reads a definition or throws <see cref="InvalidDefinitionException"/> with every shape problem.</summary>
    public static WorkflowDefinition ReadOrThrow(string json)
    {
        var result = Read(json);
        return result.Definition ?? throw new InvalidDefinitionException(result.Problems);
    }

    private static ActivityDefinition? ReadActivity(JsonObject obj, string path, List<DefinitionProblem> problems)
    {
        var id = ReadString(obj, "id");
        var type = ReadString(obj, "type");
        if (string.IsNullOrWhiteSpace(id))
            problems.Add(new DefinitionProblem(null, path + ".id", $"An activity{(type != null ? $" of type {type}" : "")} has no id.", "missing-id"));
        if (string.IsNullOrWhiteSpace(type))
            problems.Add(new DefinitionProblem(id, path + ".type", $"Activity '{id}' has no type.", "missing-type"));

        var inputs = new List<KeyValuePair<string, InputValue>>();
        var extras = new JsonObject();
        foreach (var (key, value) in obj)
        {
            if (ActivityStructuralKeys.Contains(key) || (key == "body" && IsNestedActivity(value)))
                continue;
            if (value is JsonObject input && input.ContainsKey("expression"))
                inputs.Add(new(key, ReadInput(input, $"{path}.{key}", id, problems)));
            else
                extras[key] = value?.DeepClone();
        }

        List<ActivityDefinition>? children = null;
        if (obj["activities"] is JsonArray array)
        {
            children = [];
            for (var i = 0; i < array.Count; i++)
            {
                if (array[i] is JsonObject child)
                {
                    var activity = ReadActivity(child, $"{path}.activities[{i}]", problems);
                    if (activity != null)
                        children.Add(activity);
                }
                else
                    problems.Add(new DefinitionProblem(id, $"{path}.activities[{i}]", $"Item {i} in the activities of '{id}' is not an activity object.", "not-an-activity"));
            }
        }
        else if (obj["activities"] != null)
            problems.Add(new DefinitionProblem(id, path + ".activities", $"The 'activities' of '{id}' must be a list.", "not-a-list"));

        List<ConnectionDefinition>? connections = null;
        if (obj["connections"] is JsonArray conns)
        {
            connections = [];
            for (var i = 0; i < conns.Count; i++)
            {
                var connection = ReadConnection(conns[i], $"{path}.connections[{i}]", id, problems);
                if (connection != null)
                    connections.Add(connection);
            }
        }
        else if (obj["connections"] != null)
            problems.Add(new DefinitionProblem(id, path + ".connections", $"The 'connections' of '{id}' must be a list.", "not-a-list"));

        // "body" is a nested activity for containers (FlowNode, ForEach) but an ordinary input elsewhere.
        ActivityDefinition? body = null;
        if (IsNestedActivity(obj["body"]))
            body = ReadActivity((JsonObject)obj["body"]!, path + ".body", problems);

        if (id == null || type == null)
            return null;
        return new ActivityDefinition
        {
            Id = id,
            Type = type,
            Version = ReadInt(obj, "version", path + ".version", problems) ?? 1,
            Name = ReadString(obj, "name"),
            Inputs = inputs,
            Activities = children,
            Connections = connections,
            Body = body,
            Metadata = obj["metadata"] as JsonObject is { } m ? (JsonObject)m.DeepClone() : null,
            CustomProperties = obj["customProperties"] as JsonObject is { } c ? (JsonObject)c.DeepClone() : null,
            Extras = extras,
            JsonPath = path,
        };
    }

    private static InputValue ReadInput(JsonObject input, string path, string? activityId, List<DefinitionProblem> problems)
    {
        var expression = input["expression"] as JsonObject;
        if (expression == null && input["expression"] != null)
            problems.Add(new DefinitionProblem(activityId, path + ".expression", $"The expression at {path} must be an object with 'type' and 'value'.", "bad-expression"));
        var extras = new JsonObject();
        foreach (var (key, value) in input)
        {
            if (key is not ("typeName" or "expression"))
                extras[key] = value?.DeepClone();
        }
        var type = expression == null ? ExpressionTypes.Literal : ReadString(expression, "type") ?? ExpressionTypes.Literal;
        if (expression != null)
        {
            foreach (var (key, value) in expression)
            {
                if (key is not ("type" or "value"))
                    extras["expression." + key] = value?.DeepClone();
            }
        }
        return new InputValue
        {
            TypeName = ReadString(input, "typeName"),
            ExpressionType = type,
            Value = expression?["value"]?.DeepClone(),
            Extras = extras,
        };
    }

    private static ConnectionDefinition? ReadConnection(JsonNode? node, string path, string? flowchartId, List<DefinitionProblem> problems)
    {
        if (node is not JsonObject obj)
        {
            problems.Add(new DefinitionProblem(flowchartId, path, "A connection must be an object with a source and a target.", "bad-connection"));
            return null;
        }
        Endpoint? source, target;
        if (obj["source"] is JsonObject s && obj["target"] is JsonObject t)
        {
            source = ReadEndpoint(s, "Done");
            target = ReadEndpoint(t, "In");
        }
        else
        {
            // Elsa 3.0's older flat form: source/sourcePort/target/targetPort.
            var sourceId = ReadString(obj, "source");
            var targetId = ReadString(obj, "target");
            source = sourceId == null ? null : new Endpoint(sourceId, ReadString(obj, "sourcePort") ?? "Done");
            target = targetId == null ? null : new Endpoint(targetId, ReadString(obj, "targetPort") ?? "In");
        }
        if (source == null || target == null)
        {
            problems.Add(new DefinitionProblem(flowchartId, path, "A connection is missing its source or target activity.", "bad-connection"));
            return null;
        }
        return new ConnectionDefinition(source, target, path);
    }

    private static Endpoint? ReadEndpoint(JsonObject obj, string defaultPort)
    {
        var activity = ReadString(obj, "activity");
        return activity == null ? null : new Endpoint(activity, ReadString(obj, "port") ?? defaultPort);
    }

    private static List<VariableDefinition> ReadVariables(JsonNode? node, List<DefinitionProblem> problems)
    {
        var result = new List<VariableDefinition>();
        if (node is not JsonArray array)
            return result;
        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is not JsonObject v || ReadString(v, "name") is not { } name)
            {
                problems.Add(new DefinitionProblem(null, $"$.variables[{i}]", $"Variable {i} has no name.", "bad-variable"));
                continue;
            }
            var extras = new JsonObject();
            foreach (var (key, value) in v)
            {
                if (key is not ("id" or "name" or "typeName" or "value"))
                    extras[key] = value?.DeepClone();
            }
            result.Add(new VariableDefinition { Id = ReadString(v, "id"), Name = name, TypeName = ReadString(v, "typeName") ?? "Object", Value = v["value"]?.DeepClone(), Extras = extras });
        }
        return result;
    }

    private static List<InputDefinition> ReadInputs(JsonNode? node, List<DefinitionProblem> problems)
    {
        var result = new List<InputDefinition>();
        if (node is not JsonArray array)
            return result;
        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is not JsonObject v || ReadString(v, "name") is not { } name)
            {
                problems.Add(new DefinitionProblem(null, $"$.inputs[{i}]", $"Input {i} has no name.", "bad-input"));
                continue;
            }
            var extras = new JsonObject();
            foreach (var (key, value) in v)
            {
                if (key is not ("name" or "typeName"))
                    extras[key] = value?.DeepClone();
            }
            result.Add(new InputDefinition { Name = name, TypeName = ReadString(v, "typeName") ?? "Object", Extras = extras });
        }
        return result;
    }

    private static bool IsNestedActivity(JsonNode? node) =>
        node is JsonObject obj && !obj.ContainsKey("expression") && (obj.ContainsKey("type") || obj.ContainsKey("id"));

    internal static string? ReadString(JsonObject obj, string key) =>
        obj[key] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    private static bool? ReadBool(JsonObject obj, string key) =>
        obj[key] is JsonValue v && v.GetValueKind() is JsonValueKind.True or JsonValueKind.False ? v.GetValue<bool>() : null;

    private static int? ReadInt(JsonObject obj, string key, string path, List<DefinitionProblem> problems)
    {
        if (obj[key] is null)
            return null;
        if (obj[key] is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<int>(out var i))
            return i;
        problems.Add(new DefinitionProblem(ReadString(obj, "id"), path, $"'{key}' must be a whole number.", "bad-number"));
        return null;
    }
}
