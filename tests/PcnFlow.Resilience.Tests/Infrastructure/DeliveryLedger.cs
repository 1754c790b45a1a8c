using System.Text;

namespace PcnFlow.Resilience.Tests.Infrastructure;

/// <summary>
/// The database's outbox held against the SMTP server's log, by the X-PcnFlow-Key header: what was delivered once,
/// twice, never, or without a row at all. A message sent twice is "in the window" when its row records that a
/// delivery was interrupted by a dying process (see NotificationDelivery): that is the one case exactly-once
/// cannot cover, and it is counted and named separately rather than hidden.
/// </summary>
public sealed class DeliveryLedger
{
    public const string InterruptedMarker = "Delivery was interrupted";

    private DeliveryLedger(IReadOnlyList<OutboxRow> rows, IReadOnlyList<ReceivedMail> mail)
    {
        var received = mail.Where(m => m.Key != null).GroupBy(m => m.Key!).ToDictionary(g => g.Key, g => g.ToList());
        var keys = rows.Select(r => r.Key).ToHashSet();
        Rows = rows.Count;
        SentKeys = [.. rows.Where(r => r.Status == "Sent").Select(r => r.Key)];
        Received = mail.Count;
        Sent = rows.Count(r => r.Status == "Sent");
        Delivered = rows.Count(r => received.ContainsKey(r.Key));
        Lost = [.. rows.Where(r => r.Status != "Sent" || !received.ContainsKey(r.Key)).Select(r => $"{r.Key} ({r.Status}, {received.GetValueOrDefault(r.Key)?.Count ?? 0} received)")];
        var twice = rows.Where(r => received.TryGetValue(r.Key, out var copies) && copies.Count > 1).ToList();
        InWindow = [.. twice.Where(r => Explained(r, received[r.Key])).Select(r => $"{r.Key} x{received[r.Key].Count} ({r.LastError})")];
        Duplicates = [.. twice.Where(r => !Explained(r, received[r.Key])).Select(r => $"{r.Key} x{received[r.Key].Count} (attempts {r.Attempts}, {r.LastError ?? "no error recorded"})")];
        Unknown = [.. mail.Where(m => m.Key == null || !keys.Contains(m.Key)).Select(m => $"{m.Key ?? "(no key)"}: {m.Subject}")];
    }

    public int Rows { get; }
    public IReadOnlyList<string> SentKeys { get; }
    public int Received { get; }
    public int Sent { get; }
    public int Delivered { get; }
    public IReadOnlyList<string> Lost { get; }
    public IReadOnlyList<string> Duplicates { get; }
    public IReadOnlyList<string> InWindow { get; }
    public IReadOnlyList<string> Unknown { get; }

    public static async Task<DeliveryLedger> ReadAsync(DatabaseProbe database, SmtpServer smtp) =>
        new(await database.EmailOutboxAsync(), smtp.Messages());

    public string Summary()
    {
        var text = new StringBuilder();
        text.Append($"outbox {Rows} email rows, {Sent} marked sent; SMTP received {Received}, {Delivered} rows delivered; ");
        text.Append($"duplicates {Duplicates.Count}, lost {Lost.Count}, unknown {Unknown.Count}, sent twice in the crash window {InWindow.Count}");
        foreach (var (name, list) in new[] { ("duplicate", Duplicates), ("lost", Lost), ("unknown", Unknown), ("crash window", InWindow) })
        {
            foreach (var item in list.Take(10))
                text.Append($"\n  {name}: {item}");
        }
        return text.ToString();
    }

    // Twice, never more, one Message-ID (so a receiver can drop the second), and the row says its delivery was cut off.
    private static bool Explained(OutboxRow row, List<ReceivedMail> copies) =>
        copies.Count == 2 && copies.Select(c => c.MessageId).Distinct().Count() == 1 && row.LastError?.StartsWith(InterruptedMarker, StringComparison.Ordinal) == true;
}
