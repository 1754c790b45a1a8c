using System.Text.Json.Nodes;

namespace PcnFlow.Server.Tests.Hostile;

public sealed partial class DefinitionMutator
{
    private static readonly string[] BadScripts =
    [
        "getCounter( +", "}{", "return;;;(", "`unterminated", "/* never closed", "var = 1", "function (", "\u0000", "a => => b", "'\\u{zzzz}'",
    ];

    private static readonly string[] BadTemplates = ["{{ unclosed", "{% if %}", "{% for x in %}{% endfor", "{{ 1 | no_such_filter }}", "{% endif %}"];

    private string Edit(JsonObject root, List<(string Marker, string Key)> duplicates)
    {
        var nodes = new List<(JsonNode Node, string Path)>();
        Collect(root, "$", nodes);
        var activities = nodes.Where(n => n.Node is JsonObject o && o["type"] is JsonValue && o["id"] is JsonValue).Select(n => ((JsonObject)n.Node, n.Path)).ToList();
        var expressions = nodes.Where(n => n.Node is JsonObject o && o["expression"] is JsonObject).Select(n => ((JsonObject)n.Node, n.Path)).ToList();
        var connections = nodes.Where(n => n.Node is JsonObject o && o.ContainsKey("source") && o.ContainsKey("target")).Select(n => ((JsonObject)n.Node, n.Path)).ToList();
        var objects = nodes.Where(n => n.Node is JsonObject o && o.Count > 0).Select(n => ((JsonObject)n.Node, n.Path)).ToList();
        var values = nodes.Where(n => n.Node.Parent != null).ToList();

        switch (_random.Next(11))
        {
            case 0:
                {
                    var (obj, path) = Pick(objects);
                    var key = Pick(obj.Select(p => p.Key).ToList());
                    obj.Remove(key);
                    return $"deleted {path}.{key}";
                }
            case 1:
                {
                    var (obj, path) = Pick(objects);
                    var key = Pick(obj.Select(p => p.Key).ToList());
                    var marker = $"__duplicate_{duplicates.Count}__";
                    obj[marker] = obj[key]?.DeepClone() ?? null;
                    duplicates.Add((marker, key));
                    return $"duplicated {path}.{key}";
                }
            case 2:
                {
                    var (node, path) = Pick(values);
                    Replace(node, WrongType(node));
                    return $"retyped {path}";
                }
            case 3 when connections.Count > 0:
                {
                    var (conn, path) = Pick(connections);
                    var end = _random.Next(2) == 0 ? "source" : "target";
                    if (conn[end] is JsonObject endpoint)
                        endpoint["activity"] = "nowhere-" + _random.Next(1000);
                    else
                        conn[end] = "nowhere-" + _random.Next(1000);
                    return $"pointed {path}.{end} at an activity that does not exist";
                }
            case 4 when activities.Count > 1:
                {
                    var (a, pathA) = Pick(activities);
                    var (b, _) = Pick(activities);
                    a["id"] = b["id"]!.DeepClone();
                    return $"gave {pathA} the id {b["id"]}";
                }
            case 5:
                {
                    var (node, path) = Pick(values);
                    Replace(node, JsonValue.Create(HugeString()));
                    return $"put a huge string at {path}";
                }
            case 6:
                {
                    var (node, path) = Pick(values);
                    var depth = _random.Next(2) == 0 ? _random.Next(10, 250) : _random.Next(250, 5000);
                    Replace(node, Nested(depth));
                    return $"nested {depth} levels at {path}";
                }
            case 7 when activities.Count > 0:
                {
                    var (activity, path) = Pick(activities);
                    activity["type"] = Pick(["Evil.NoSuchActivity", "", " ", "System.IO.File", "Elsa.WriteLine\u0000", "PcnFlow.HumanTask.Extra", new string('T', 5000)]);
                    return $"gave {path} an unknown type";
                }
            case 8 when expressions.Count > 0:
                {
                    var (input, path) = Pick(expressions);
                    var expression = input["expression"]!.AsObject();
                    switch (_random.Next(4))
                    {
                        case 0:
                            expression["type"] = "JavaScript";
                            expression["value"] = Pick(BadScripts);
                            break;
                        case 1:
                            expression["type"] = "Liquid";
                            expression["value"] = Pick(BadTemplates);
                            break;
                        case 2:
                            expression["type"] = Pick(["Python", "CSharp", "", "javascript ", "Object"]);
                            break;
                        default:
                            expression["value"] = WrongType(expression["value"]);
                            break;
                    }
                    return $"broke the expression at {path}";
                }
            case 9:
                {
                    var (obj, path) = Pick(objects);
                    obj[Pick(["__proto__", "constructor", "$type", "", "\u202e", "root", "id"])] = WrongType(null);
                    return $"added an odd property to {path}";
                }
            default:
                {
                    var (node, path) = Pick(values);
                    Replace(node, null);
                    return $"set {path} to null";
                }
        }
    }

    private static void Collect(JsonNode? node, string path, List<(JsonNode, string)> into)
    {
        if (node == null)
            return;
        into.Add((node, path));
        if (node is JsonObject obj)
        {
            foreach (var (key, value) in obj)
                Collect(value, $"{path}.{key}", into);
        }
        else if (node is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++)
                Collect(array[i], $"{path}[{i}]", into);
        }
    }

    private static void Replace(JsonNode node, JsonNode? with)
    {
        switch (node.Parent)
        {
            case JsonObject parent:
                parent[node.GetPropertyName()] = with;
                break;
            case JsonArray array:
                array[node.GetElementIndex()] = with;
                break;
        }
    }

    private JsonNode? WrongType(JsonNode? current) => _random.Next(7) switch
    {
        0 => current is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.String ? JsonValue.Create(_random.Next()) : JsonValue.Create("text"),
        1 => JsonValue.Create(_random.Next(2) == 0),
        2 => null,
        3 => new JsonArray(JsonValue.Create(1), JsonValue.Create("two"), null),
        4 => new JsonObject { ["unexpected"] = true },
        5 => JsonValue.Create(Pick([-1.0, 0.5, 1e308, -0.0, 2147483648.0])),
        _ => JsonValue.Create(""),
    };

    private string HugeString()
    {
        var length = _random.Next(10_000, 300_000);
        var unit = Pick(["x", "<script>alert(1)</script>", "é", "\u0000", "🙂", "\\", "\"", "{{ x }}"]);
        return string.Concat(Enumerable.Repeat(unit, length / unit.Length + 1))[..length];
    }

    private JsonNode Nested(int depth)
    {
        JsonNode node = JsonValue.Create("bottom");
        for (var i = 0; i < depth; i++)
            node = _random.Next(2) == 0 ? new JsonArray(node) : new JsonObject { ["n"] = node };
        return node;
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
}
