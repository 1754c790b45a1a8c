namespace PcnFlow.Engine.Runtime;

/// <summary>
/// Keeps name-keyed dictionaries (variables, inputs, outputs, loop locals) case-insensitive. System.Text.Json
/// replaces a dictionary property with a new case-sensitive one when it reloads state, so the property setters
/// put the comparer back; without that a name written in another case stops matching after a reload.
/// </summary>
internal static class CaseInsensitiveNames
{
    public static Dictionary<string, object?> Ensure(Dictionary<string, object?> values)
    {
        if (ReferenceEquals(values.Comparer, StringComparer.OrdinalIgnoreCase))
            return values;
        // The indexer rather than the copy constructor, so names differing only in case (saved before this fix) merge instead of throwing.
        var copy = new Dictionary<string, object?>(values.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in values)
            copy[name] = value;
        return copy;
    }
}
