using Microsoft.EntityFrameworkCore;
using PcnFlow.Engine.Runtime;
using PcnFlow.Persistence;

namespace PcnFlow.Server.Tests.Instances;

/// <summary>
/// The journal table is the instance's history; the saved state keeps only how long it is, so a save writes the
/// live workflow, not a year of entries. State saved before that (with the whole journal in it) must carry on
/// without journalling anything twice.
/// </summary>
public sealed class StoredJournalTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private Infrastructure.TestWorld World => fixture.World;

    [Fact]
    public async Task Saved_state_keeps_no_journal_entries_and_the_table_holds_them_all_once()
    {
        var id = await Programmes.StartAsync(fixture.Factory, Programmes.SixStep, World.PcnA.Id);
        await Programmes.CompleteStepOneAsync(fixture.Factory, id);

        var (state, record) = await StoredAsync(id);
        var sequences = await SequencesAsync(id);

        state.Journal.ShouldBeEmpty();
        state.JournalOffset.ShouldBe(record.JournalCount);
        sequences.ShouldBe(Enumerable.Range(1, record.JournalCount).Select(i => (long)i));
        sequences.Count.ShouldBeGreaterThan(20);
    }

    [Fact]
    public async Task State_saved_with_its_whole_journal_carries_on_from_the_table_without_repeats()
    {
        var id = await Programmes.StartAsync(fixture.Factory, Programmes.SixStep, World.PcnA.Id);
        await Programmes.CompleteAsync(fixture.Factory, id, "step1-confirm-practices", new() { ["memberPractices"] = "Riverside Surgery A12345", ["registeredPopulation"] = 42000 });
        await RestoreWholeJournalAsync(id);

        await Programmes.CompleteAsync(fixture.Factory, id, "step1-appoint-cd", new() { ["cdName"] = "Dr A", ["startDate"] = Programmes.Today.ToString("yyyy-MM-dd") });

        var (state, record) = await StoredAsync(id);
        var sequences = await SequencesAsync(id);
        state.Journal.ShouldBeEmpty();
        sequences.ShouldBe(Enumerable.Range(1, record.JournalCount).Select(i => (long)i));
        var resumed = await Programmes.DbAsync(fixture.Factory, db => db.Journal.CountAsync(j => j.InstanceId == id && j.Kind == "BookmarkResumed"));
        resumed.ShouldBe(2);
    }

    // Writes the state as it was saved before the journal was dropped from it: every entry, and no offset.
    private async Task RestoreWholeJournalAsync(string id) =>
        await Programmes.DbAsync(fixture.Factory, async db =>
        {
            var record = await db.Instances.SingleAsync(i => i.Id == id);
            var state = WorkflowStateSerializer.Deserialize(record.StateJson);
            var rows = await db.Journal.AsNoTracking().Where(j => j.InstanceId == id).OrderBy(j => j.Sequence).ToListAsync();
            state.Journal = [.. rows.Select(j => new JournalEntry(j.Sequence, j.At, Enum.Parse<JournalKind>(j.Kind), j.ActivityId, j.ActivityType, j.Actor, j.Outcome, Message: j.Message))];
            state.JournalOffset = 0;
            record.StateJson = WorkflowStateSerializer.Serialize(state);
            return await db.SaveChangesAsync();
        });

    private Task<(WorkflowState State, Persistence.Instances.WorkflowInstanceRecord Record)> StoredAsync(string id) =>
        Programmes.DbAsync(fixture.Factory, async db =>
        {
            var record = await db.Instances.AsNoTracking().SingleAsync(i => i.Id == id);
            return (WorkflowStateSerializer.Deserialize(record.StateJson), record);
        });

    private Task<List<long>> SequencesAsync(string id) =>
        Programmes.DbAsync(fixture.Factory, (PcnFlowDbContext db) => db.Journal.Where(j => j.InstanceId == id).OrderBy(j => j.Sequence).Select(j => j.Sequence).ToListAsync());
}
