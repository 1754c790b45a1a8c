using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
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
/// A journal clash is how two writers of one instance find each other, and the unit of work retries it; EF Core must
/// not log it as an error (a 120-PCN load run logged 24 "fail" entries in which nothing failed). Runs on whichever
/// database the suite runs on.
/// </summary>
[Collection(AppHosts.Name)]
public sealed class RetriedClashLoggingTests : WorldTests
{
    private readonly LogCapture _logs = new();

    protected override PcnFlowAppFactory CreateFactory() => new CapturingFactory(_logs);

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

    private sealed class CapturingFactory(LogCapture logs) : PcnFlowAppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            // Every level for this provider, whatever the app's own filters say, so the test sees the level EF chose.
            builder.ConfigureLogging(l => l.AddProvider(logs).AddFilter<LogCapture>(null, LogLevel.Trace));
        }
    }

    private sealed record Entry(string Category, LogLevel Level, int EventId);

    private sealed class LogCapture : ILoggerProvider
    {
        private readonly ConcurrentQueue<Entry> _entries = new();

        public IReadOnlyList<Entry> Entries => [.. _entries];

        public void Clear() => _entries.Clear();

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<Entry> entries) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                entries.Enqueue(new Entry(category, logLevel, eventId.Id));
        }
    }
}
