using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PcnFlow.Persistence;
using PcnFlow.Persistence.Notifications;
using PcnFlow.Server.Notifications;
using PcnFlow.Server.Tests.Infrastructure;

namespace PcnFlow.Server.Tests.Notifications;

/// <summary>
/// The drain claims a hundred due messages at a time. With 10,000 reminders due at one instant, a read that fetched
/// and sorted every due message for each hundred spent 8 ms a batch on PostgreSQL; the read must come in index order
/// and stop at its limit. Runs on whichever database the suite runs on.
/// </summary>
public sealed class OutboxClaimPlanTests : IDisposable
{
    private readonly PcnFlowAppFactory _factory = new PcnFlowAppFactory().With("Jobs:RunServer", "false");

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task The_drains_read_of_due_messages_takes_them_in_index_order_without_sorting_them()
    {
        _factory.CreateClient().Dispose();
        using var scope = _factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PcnFlowDbContext>();
        var now = _factory.Time.GetUtcNow();
        // As after a busy day: most rows sent, a burst due at one instant, a few for later.
        db.Outbox.AddRange(Enumerable.Range(0, 3000).Select(i => Message($"sent:{i}", OutboxStatus.Sent, null)));
        db.Outbox.AddRange(Enumerable.Range(0, 1000).Select(i => Message($"due:{i}", OutboxStatus.Pending, now.AddMinutes(-1))));
        db.Outbox.AddRange(Enumerable.Range(0, 50).Select(i => Message($"later:{i}", OutboxStatus.Pending, now.AddHours(1))));
        await db.SaveChangesAsync();
        await db.Database.ExecuteSqlRawAsync("ANALYZE \"Outbox\"");

        var plan = await ExplainAsync(db, NotificationDelivery.DueIds(db, now, 100));

        plan.ShouldContain("Outbox_Status_NextAttemptAt", Case.Insensitive, $"the plan should use the (Status, NextAttemptAt) index:\n{plan}");
        plan.ShouldNotContain("Sort", Case.Insensitive, $"the plan should not sort the due messages (PostgreSQL's Sort, SQLite's TEMP B-TREE FOR ORDER BY):\n{plan}");
        plan.ShouldNotContain("B-TREE", Case.Insensitive, plan);
        (await NotificationDelivery.DueIds(db, now, 100).ToListAsync()).Count.ShouldBe(100);
    }

    // EF's own command for the query, parameters and all, with the database's EXPLAIN in front.
    private static async Task<string> ExplainAsync(PcnFlowDbContext db, IQueryable<long> query)
    {
        await using var command = query.CreateDbCommand();
        command.CommandText = (db.Database.IsNpgsql() ? "EXPLAIN " : "EXPLAIN QUERY PLAN ") + command.CommandText;
        await db.Database.OpenConnectionAsync();
        try
        {
            await using var reader = await command.ExecuteReaderAsync();
            var lines = new List<string>();
            while (await reader.ReadAsync())
                lines.Add(Row(reader));
            return string.Join(Environment.NewLine, lines);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static string Row(DbDataReader reader) =>
        string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)));

    private static OutboxMessage Message(string key, OutboxStatus status, DateTimeOffset? next) => new()
    {
        Key = key,
        Channel = OutboxChannel.Email,
        To = "cd@test.pcnflow",
        Subject = "Reminder",
        BodyText = "Please complete your task.",
        Status = status,
        CreatedAt = PcnFlowAppFactory.DefaultStart,
        NextAttemptAt = next,
        Revision = 1,
    };
}
