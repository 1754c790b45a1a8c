using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PcnFlow.Engine.Hosting;
using PcnFlow.Engine.Runtime;
using PcnFlow.Engine.Tasks;
using PcnFlow.Persistence;
using PcnFlow.Persistence.Tasks;
using PcnFlow.Server.Instances;
using PcnFlow.Server.Tasks;
using PcnFlow.Server.Tests.Infrastructure;

namespace PcnFlow.Server.Tests.Postgres;

/// <summary>Revision tokens on PostgreSQL: of several writers racing for the same row, exactly one wins.</summary>
public sealed class PostgresConcurrencyTests : IAsyncLifetime
{
    private readonly PcnFlowAppFactory _factory = new();
    private TestWorld _world = null!;
    private string _instanceId = null!;

    public async Task InitializeAsync()
    {
        _world = await TestWorld.CreateAsync(_factory);
        using var scope = _factory.Services.CreateScope();
        var started = await scope.ServiceProvider.GetRequiredService<InstanceCommands>()
            .StartAsync(new StartProgramme("six-step-development-support", null, _world.PcnA.Id, new DateOnly(2026, 4, 1), null, null), "lead@test.pcnflow");
        _instanceId = started.Value!;
    }

    public Task DisposeAsync()
    {
        _factory.Dispose();
        return Task.CompletedTask;
    }

    [PostgresFact]
    public async Task A_stale_revision_is_refused_by_the_database()
    {
        using var first = _factory.Services.CreateScope();
        using var second = _factory.Services.CreateScope();
        var mine = await OpenTaskAsync(first.ServiceProvider.GetRequiredService<PcnFlowDbContext>());
        var theirs = await second.ServiceProvider.GetRequiredService<PcnFlowDbContext>().Tasks.FirstAsync(t => t.Id == mine.Id);

        theirs.Title += " (theirs)";
        theirs.Revision++;
        await second.ServiceProvider.GetRequiredService<PcnFlowDbContext>().SaveChangesAsync();
        mine.Title += " (mine)";
        mine.Revision++;

        await Should.ThrowAsync<DbUpdateConcurrencyException>(() => first.ServiceProvider.GetRequiredService<PcnFlowDbContext>().SaveChangesAsync());
    }

    [PostgresFact]
    public async Task Completing_one_task_from_several_requests_at_once_succeeds_exactly_once()
    {
        TaskRecord task;
        using (var scope = _factory.Services.CreateScope())
            task = await OpenTaskAsync(scope.ServiceProvider.GetRequiredService<PcnFlowDbContext>());
        var payload = TaskPayloads.Read(task);
        var input = new ResumeInput { Outcome = payload.Outcomes.FirstOrDefault(), Fields = SampleAnswers.For(payload.Form, new DateOnly(2026, 4, 1)) };

        var attempts = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            using var scope = _factory.Services.CreateScope();
            return await scope.ServiceProvider.GetRequiredService<InstanceCommands>().CompleteTaskAsync(task.Id, input, "cdA@test.pcnflow");
        }));
        var results = await Task.WhenAll(attempts);

        results.Count(r => r.Status == CommandStatus.Ok).ShouldBe(1, string.Join("; ", results.Select(r => $"{r.Status} {r.Message}")));
        results.Where(r => r.Status != CommandStatus.Ok).ShouldAllBe(r => r.Status == CommandStatus.Conflict);
        using var check = _factory.Services.CreateScope();
        var stored = await check.ServiceProvider.GetRequiredService<PcnFlowDbContext>().Tasks.AsNoTracking().FirstAsync(t => t.Id == task.Id);
        stored.State.ShouldBe(TaskState.Completed);
    }

    private Task<TaskRecord> OpenTaskAsync(PcnFlowDbContext db) =>
        db.Tasks.Where(t => t.InstanceId == _instanceId && t.State == TaskState.Open && t.Kind == TaskKinds.Task)
            .OrderBy(t => t.Title).FirstAsync();
}
