using System.Text.Json;
using PcnFlow.Engine.Runtime;
using PcnFlow.Engine.Tasks;
using PcnFlow.Persistence.Instances;
using PcnFlow.Persistence.Scheduling;

namespace PcnFlow.Server.Instances;

internal sealed partial class InstanceSession
{
    private async Task SyncAsync(LoadedInstance instance, CancellationToken ct)
    {
        var record = instance.Record;
        var state = instance.State;
        record.Status = state.Status;
        record.SubStatus = state.SubStatus;
        record.Name = state.Name;
        record.CorrelationId = state.CorrelationId;
        record.Day0 = state.Day0;
        record.UpdatedAt = Now;
        record.FinishedAt = state.FinishedAt?.ToUniversalTime();
        // The journal table holds the history, so the saved state keeps only its count: rewriting a year of
        // entries on every completion was most of what each save wrote. If the save fails, the unit of work
        // reloads the stored state and starts again, so dropping the entries here loses nothing.
        AppendJournal(instance);
        state.ForgetStoredJournal();
        record.StateJson = WorkflowStateSerializer.Serialize(state);
        record.Revision++;
        await SyncBookmarksAsync(instance, ct);
    }

    private async Task SyncBookmarksAsync(LoadedInstance instance, CancellationToken ct)
    {
        var live = instance.State.Bookmarks.ToDictionary(b => b.Id, StringComparer.Ordinal);
        foreach (var stored in instance.StoredBookmarks.ToList())
        {
            if (live.ContainsKey(stored.BookmarkId))
                continue;
            db.Bookmarks.Remove(stored);
            instance.StoredBookmarks.Remove(stored);
            if (stored.Kind == BookmarkKinds.Timer)
                await CancelByKeyAsync(TimerKey(instance.Id, stored.BookmarkId), ct);
        }
        foreach (var bookmark in live.Values)
        {
            if (instance.StoredBookmarks.Exists(b => b.BookmarkId == bookmark.Id))
                continue;
            var stored = new BookmarkRecord
            {
                InstanceId = instance.Id,
                BookmarkId = bookmark.Id,
                Kind = bookmark.Kind,
                ActivityId = bookmark.ActivityId,
                Key = bookmark.Key,
                CorrelationId = instance.State.CorrelationId,
                DueAt = bookmark.DueAt?.ToUniversalTime(),
            };
            db.Bookmarks.Add(stored);
            instance.StoredBookmarks.Add(stored);
            if (bookmark.Kind == BookmarkKinds.Timer && bookmark.DueAt is { } dueAt)
            {
                var kind = instance.Blueprint.Get(bookmark.ActivityId) is Review ? ScheduledWorkKind.OpenReview : ScheduledWorkKind.ResumeTimer;
                Plan(TimerKey(instance.Id, bookmark.Id), kind, instance.Id, dueAt, bookmarkId: bookmark.Id);
            }
        }
    }

    private async Task CancelByKeyAsync(string key, CancellationToken ct)
    {
        var planned = NewWork.Find(w => w.Key == key);
        if (planned != null)
        {
            planned.Status = ScheduledWorkStatus.Cancelled;
            return;
        }
        var stored = db.ScheduledWork.Local.FirstOrDefault(w => w.Key == key)
            ?? await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstOrDefaultAsync(db.ScheduledWork, w => w.Key == key, ct);
        if (stored is { Status: ScheduledWorkStatus.Pending })
        {
            stored.Status = ScheduledWorkStatus.Cancelled;
            stored.CompletedAt = Now;
            stored.Revision++;
        }
    }

    private void AppendJournal(LoadedInstance instance)
    {
        var journal = instance.State.Journal;
        // State saved before the journal was dropped from it still holds entries the table already has.
        for (var i = Math.Max(0, instance.Record.JournalCount - instance.State.JournalOffset); i < journal.Count; i++)
        {
            var entry = journal[i];
            db.Journal.Add(new JournalRecord
            {
                InstanceId = instance.Id,
                Sequence = entry.Sequence,
                At = entry.At.ToUniversalTime(),
                Kind = entry.Kind.ToString(),
                ActivityId = entry.ActivityId,
                ActivityType = entry.ActivityType,
                Actor = entry.Actor,
                Outcome = entry.Outcome,
                Message = entry.Message,
                DataJson = entry.Data == null ? null : JsonSerializer.Serialize(entry.Data),
            });
        }
        instance.Record.JournalCount = instance.State.JournalLength;
    }

    private static string TimerKey(string instanceId, string bookmarkId) => $"timer:{instanceId}:{bookmarkId}";
}
