using Hangfire;
using Hangfire.States;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PcnFlow.Persistence;
using PcnFlow.Persistence.Organisations;
using PcnFlow.Persistence.Scheduling;
using PcnFlow.Server.Instances;
using PcnFlow.Server.Tests.Infrastructure;

namespace PcnFlow.Server.Tests.Postgres;

/// <summary>Data and jobs make the full trip through PostgreSQL and Hangfire.PostgreSql.</summary>
public sealed class PostgresRoundTripTests : IAsyncLifetime
{
    private readonly PcnFlowAppFactory _factory = new();
    private TestWorld _world = null!;

    public async Task InitializeAsync() => _world = await TestWorld.CreateAsync(_factory);

    public Task DisposeAsync()
    {
        _factory.Dispose();
        return Task.CompletedTask;
    }

    [PostgresFact]
    public async Task A_reminder_runs_as_a_PostgreSQL_Hangfire_job_and_sends_one_email()
    {
        using var scope = _factory.Services.CreateScope();
        var started = await scope.ServiceProvider.GetRequiredService<InstanceCommands>()
            .StartAsync(new StartProgramme("six-step-development-support", null, _world.PcnA.Id, new DateOnly(2026, 4, 1), null, null), "lead@test.pcnflow");
        var db = scope.ServiceProvider.GetRequiredService<PcnFlowDbContext>();
        var reminder = await db.ScheduledWork.Where(w => w.InstanceId == started.Value && w.Kind == ScheduledWorkKind.Reminder).OrderBy(w => w.DueAt).FirstAsync();

        await _factory.AdvanceAsync(reminder.DueAt - _factory.Time.GetUtcNow() + TimeSpan.FromMinutes(1));

        var done = await db.ScheduledWork.AsNoTracking().FirstAsync(w => w.Id == reminder.Id);
        done.Status.ShouldBe(ScheduledWorkStatus.Done);
        (await JobStateAsync(done.JobId!)).ShouldBe(SucceededState.StateName);
        var mails = Directory.GetFiles(_factory.MailFolder, "*.eml").Select(File.ReadAllText).Where(t => t.Contains("Subject: Reminder", StringComparison.Ordinal)).ToList();
        mails.ShouldNotBeEmpty();
        mails.Count.ShouldBe(mails.Distinct().Count());
    }

    [PostgresFact]
    public async Task A_time_with_a_UK_summer_offset_is_stored_as_the_same_instant()
    {
        var summer = new DateTimeOffset(2026, 7, 1, 9, 30, 0, TimeSpan.FromHours(1));
        Guid id;
        using (var scope = _factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PcnFlowDbContext>();
            var organisation = new Organisation { Kind = OrganisationKind.Practice, Name = "Summer Surgery", ParentId = _world.PcnA.Id, CreatedAt = summer };
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync();
            id = organisation.Id;
        }

        using var check = _factory.Services.CreateScope();
        var stored = await check.ServiceProvider.GetRequiredService<PcnFlowDbContext>().Organisations.AsNoTracking().SingleAsync(o => o.CreatedAt == summer);
        stored.Id.ShouldBe(id);
        stored.CreatedAt.ShouldBe(summer);
        stored.CreatedAt.Offset.ShouldBe(TimeSpan.Zero);
    }

    // The row is marked done inside the job; Hangfire records Succeeded just after the job returns.
    private async Task<string?> JobStateAsync(string jobId)
    {
        var storage = _factory.Services.GetRequiredService<JobStorage>();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            using var connection = storage.GetConnection();
            var state = connection.GetStateData(jobId)?.Name;
            if (state == SucceededState.StateName || DateTime.UtcNow > deadline)
                return state;
            // Waiting for a real worker thread to record its result, not for simulated time to pass.
            await Task.Delay(50);
        }
    }
}
