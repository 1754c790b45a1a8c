using System.Text;
using System.Text.Json;

namespace PcnFlow.Engine.Definitions;

/// <summary>
/// Finds the first property given twice in one object. System.Text.Json refuses duplicates but says neither which
/// property nor where, so a definition with one would otherwise be reported as "not valid JSON" with no location.
/// </summary>
internal static class DuplicatePropertyFinder
{
    public static DefinitionProblem? Find(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 256 });
        // Per open container: its path, the names seen (null for an array) and the next array index.
        var stack = new Stack<(string Path, HashSet<string>? Names, int Index)>();
        string? pendingName = null;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        var name = reader.GetString()!;
                        var (path, names, _) = stack.Peek();
                        if (!names!.Add(name))
                            return Problem(bytes, reader.TokenStartIndex, $"{path}.{name}", name);
                        pendingName = name;
                        break;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        var childPath = ChildPath(stack, ref pendingName);
                        stack.Push((childPath, reader.TokenType == JsonTokenType.StartObject ? new HashSet<string>(StringComparer.Ordinal) : null, 0));
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        stack.Pop();
                        break;
                    default:
                        ChildPath(stack, ref pendingName);
                        break;
                }
            }
        }
        catch (JsonException)
        {
            // Not well-formed: the parser's own message says where.
        }
        return null;
    }

    private static string ChildPath(Stack<(string Path, HashSet<string>? Names, int Index)> stack, ref string? pendingName)
    {
        if (stack.Count == 0)
            return "$";
        var (path, names, index) = stack.Pop();
        stack.Push((path, names, names == null ? index + 1 : index));
        var child = names == null ? $"{path}[{index}]" : $"{path}.{pendingName}";
        pendingName = null;
        return child;
    }

    private static DefinitionProblem Problem(byte[] bytes, long offset, string path, string name)
    {
        var line = 1;
        var lineStart = 0L;
        for (var i = 0L; i < offset; i++)
        {
            if (bytes[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }
        return new DefinitionProblem(null, path, $"The property '{name}' is given twice in the same object (line {line}, position {offset - lineStart + 1}); keep one.", "duplicate-property");
    }
}
