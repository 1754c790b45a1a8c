using System.Text.Json.Nodes;

namespace PcnFlow.Server.Instances;

/// <summary>
/// A definition marked <c>"customProperties": {"visibility": "personal"}</c> (the CD's first 100 days) is the
/// person's own plan: only they and their support person see it, unless they share it with the lead.
/// </summary>
internal static class PersonalPlans
{
    public static bool IsPersonal(string definitionJson)
    {
        var node = JsonNode.Parse(definitionJson);
        return string.Equals(node?["customProperties"]?["visibility"]?.GetValue<string>(), "personal", StringComparison.OrdinalIgnoreCase);
    }
}
