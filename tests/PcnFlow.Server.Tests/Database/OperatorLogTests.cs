using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PcnFlow.Persistence;
using PcnFlow.Persistence.Instances;
using PcnFlow.Server.Instances;
using PcnFlow.Server.Tests.Definitions;
using PcnFlow.Server.Tests.Infrastructure;
using PcnFlow.Server.Tests.Notifications;

namespace PcnFlow.Server.Tests.Database;

/// <summary>
/// What an operator sees in the log: "fail" only when something failed. Runs on whichever database the suite runs on.
/// </summary>
[Collection(AppHosts.Name)]
public sealed class OperatorLogTests : WorldTests
{
    private readonly LogCapture _logs = new();

    protected override PcnFlowAppFactory CreateFactory() => new PcnFlowAppFactory().CaptureLogs(_logs);

    [Fact]
    public void A_first_start_on_a_new_database_and_its_first_sign_ins_log_no_error()
    {
        // The base class has started the app on a database that did not exist (on PostgreSQL, one the start-up creates)
        // and seeded its world through the API.
        _logs.Entries.ShouldNotBeEmpty();
        _logs.Entries.Where(e => e.Level >= LogLevel.Error).Select(e => e.ToString()).ShouldBeEmpty();
    }

    // A journal clash is how two writers of one instance find each other, and the unit of work retries it: a 120-PCN
    // load run logged 24 "fail" entries from EF Core in which nothing failed.
    [Fact]
    public async Task A_journal_clash_still_throws_but_EF_logs_it_at_debug_not_as_an_error()
    {
        using var scope = Factory.Services.CreateScope();
        var started = await scope.ServiceProvider.GetRequiredService<InstanceCommands>()
            .StartAsync(new StartProgramme("six-step-development-support", null, World.PcnA.Id, Pipeline.Day0, null, null), "lead@test.pcnflow");
        started.Status.ShouldBe(CommandStatus.Ok);
        var first = await Factory.QueryAsync(db => db.Journal.AsNoTracking().OrderBy(j => j.Id).FirstAsync());
        _logs.Clear();

        // What the slower of two writers does: appends the journal entry the faster one has already written.
        var db = scope.ServiceProvider.GetRequiredService<PcnFlowDbContext>();
        db.Journal.Add(new JournalRecord { InstanceId = first.InstanceId, Sequence = first.Sequence, At = first.At, Kind = first.Kind, Actor = first.Actor });
        var thrown = await Should.ThrowAsync<DbUpdateException>(() => db.SaveChangesAsync());

        UnitOfWork.IsRetryable(thrown).ShouldBeTrue("the unit of work retries this clash");
        var fromEf = _logs.Entries.Where(e => e.Category.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal)).ToList();
        fromEf.ShouldContain(e => e.EventId == 20102 && e.Level == LogLevel.Debug, "EF's failed-command entry should still be there for whoever turns Debug on");
        fromEf.Where(e => e.Level >= LogLevel.Warning).Select(e => $"{e.Level} {e.Category}[{e.EventId}]").ShouldBeEmpty();
    }
}
