using System.Text;
using System.Text.Json.Nodes;

namespace PcnFlow.Server.Tests.Hostile;

/// <summary>
/// Makes broken definitions from good ones, deterministically from a seed: structural edits on the parsed JSON
/// (deleted, duplicated and retyped properties, dangling connections, duplicate ids, huge strings, deep nesting,
/// unknown types, invalid expressions), then sometimes damage to the text itself (truncation, byte flips).
/// </summary>
public sealed partial class DefinitionMutator(int seed)
{
    private static readonly System.Text.Json.JsonSerializerOptions Deep = new() { MaxDepth = 10_000 };
    private readonly Random _random = new(seed);

    public IEnumerable<Mutation> Generate(IReadOnlyList<(string Name, string Text)> seeds, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var (name, text) = seeds[_random.Next(seeds.Count)];
            yield return Mutate(i, name, text);
        }
    }

    private Mutation Mutate(int index, string name, string text)
    {
        var roll = _random.Next(100);
        if (roll < 8)
            return new Mutation(index, name, Truncate(text, out var what), Encoding.UTF8.GetBytes(what));
        if (roll < 16)
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            return new Mutation(index, name, FlipBytes(bytes), bytes);
        }
        var json = JsonNode.Parse(text)!.AsObject();
        var done = new List<string>();
        var duplicates = new List<(string Marker, string Key)>();
        var edits = 1 + (_random.Next(4) == 0 ? _random.Next(1, 4) : 0);
        for (var e = 0; e < edits; e++)
            done.Add(Edit(json, duplicates));
        var body = json.ToJsonString(Deep);
        foreach (var (marker, key) in duplicates)
            body = body.Replace($"\"{marker}\":", $"\"{Escape(key)}\":", StringComparison.Ordinal);
        return new Mutation(index, name, string.Join("; ", done), Encoding.UTF8.GetBytes(body));
    }

    private string Truncate(string text, out string truncated)
    {
        var at = _random.Next(text.Length);
        truncated = text[..at];
        return $"truncated at character {at} of {text.Length}";
    }

    private string FlipBytes(byte[] bytes)
    {
        var flips = 1 + _random.Next(8);
        var where = new List<int>();
        for (var f = 0; f < flips; f++)
        {
            var at = _random.Next(bytes.Length);
            bytes[at] ^= (byte)(1 << _random.Next(8));
            where.Add(at);
        }
        return $"flipped a bit in bytes {string.Join(",", where)}";
    }

    private static string Escape(string key) => JsonValue.Create(key).ToJsonString()[1..^1];
}
