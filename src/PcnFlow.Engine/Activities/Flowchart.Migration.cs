namespace PcnFlow.Engine.Activities;

public sealed partial class Flowchart
{
    /// <summary>
    /// Renumbers join bookkeeping that <paramref name="from"/> wrote, so each connection that already delivered
    /// keeps counting in this version. A connection is the same when its source, port and target are; null, with
    /// the first one this version lacks, when a branch that already arrived has no counterpart here.
    /// </summary>
    internal Dictionary<string, List<int>>? RemapArrivals(Flowchart from, Dictionary<string, List<int>> arrivals, out (string Source, string Port, string Target)? missing)
    {
        missing = null;
        var remapped = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var (target, indexes) in arrivals)
        {
            var renumbered = new List<int>();
            foreach (var index in indexes)
            {
                if (index < 0 || index >= from._connections.Count)
                    continue;
                var old = from._connections[index];
                var key = (Source: from._activities[old.Source].Id, old.Port, Target: from._activities[old.Target].Id);
                var match = _connections.Find(c => _activities[c.Source].Id == key.Source && _activities[c.Target].Id == key.Target
                    && string.Equals(c.Port, key.Port, StringComparison.OrdinalIgnoreCase));
                if (match == null)
                {
                    missing = key;
                    return null;
                }
                renumbered.Add(match.Index);
            }
            remapped[target] = renumbered;
        }
        return remapped;
    }
}
