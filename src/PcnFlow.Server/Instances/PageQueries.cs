using Microsoft.EntityFrameworkCore;

namespace PcnFlow.Server.Instances;

internal static class PageQueries
{
    /// <summary>Counts the query and reads one page of it: two round trips, whatever the size of the table.</summary>
    public static async Task<PagedList<T>> ToPageAsync<T>(this IQueryable<T> ordered, PageRequest page, CancellationToken ct) =>
        new(await ordered.Skip(page.Skip).Take(page.PageSize).ToListAsync(ct), await ordered.CountAsync(ct), page.Page, page.PageSize);
}
