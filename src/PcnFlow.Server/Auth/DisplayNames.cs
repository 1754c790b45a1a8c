using Microsoft.EntityFrameworkCore;
using PcnFlow.Persistence;

namespace PcnFlow.Server.Auth;

/// <summary>
/// People's display names by user name (their email), for responses that record who did something by user name:
/// people read "Dr Sam Patel", not an address. A user name with no account (a background job) has no entry.
/// </summary>
internal static class DisplayNames
{
    public static async Task<IReadOnlyDictionary<string, string>> ForAsync(PcnFlowDbContext db, IEnumerable<string> userNames, CancellationToken ct)
    {
        var wanted = userNames.Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Count == 0)
            return new Dictionary<string, string>();
        var people = await db.Users.AsNoTracking()
            .Where(u => u.UserName != null && wanted.Contains(u.UserName) && u.DisplayName != "")
            .Select(u => new { UserName = u.UserName!, u.DisplayName })
            .ToListAsync(ct);
        return people.ToDictionary(p => p.UserName, p => p.DisplayName, StringComparer.Ordinal);
    }
}
