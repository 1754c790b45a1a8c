using Hangfire;
using Hangfire.InMemory;
using Hangfire.States;
using PcnFlow.Server.Jobs;

namespace PcnFlow.Server.Tests.Jobs;

/// <summary>
/// Every message prepared for one instant shares one drain job, unless that drain may already have claimed its last
/// batch: then a message prepared after it would wait a minute for the reconcile job, so it gets a new drain.
/// </summary>
public sealed class DrainPlansTests
{
    private static readonly DateTimeOffset NineAm = new(2026, 4, 27, 8, 0, 0, TimeSpan.Zero);
    private readonly InMemoryStorage _storage = new(new InMemoryStorageOptions { IdType = InMemoryStorageIdType.Guid });
    private readonly DrainPlans _plans;
    private readonly BackgroundJobClient _jobs;
    private int _planned;

    public DrainPlansTests()
    {
        _plans = new DrainPlans(_storage);
        _jobs = new BackgroundJobClient(_storage);
    }

    [Fact]
    public async Task Preparations_racing_for_one_instant_share_the_drain_the_first_planned()
    {
        var now = NineAm.AddMinutes(-5);
        var ids = await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => Task.Run(() => _plans.JobFor(NineAm, now, Plan))));

        ids.Distinct().ShouldHaveSingleItem();
        _planned.ShouldBe(1);
    }

    [Fact]
    public void A_drain_that_has_run_is_not_handed_a_message_prepared_after_it()
    {
        var now = NineAm.AddMinutes(-1);
        var first = _plans.JobFor(NineAm, now, Plan);
        _jobs.ChangeState(first, new SucceededState(null, 1, 1)).ShouldBeTrue();

        var second = _plans.JobFor(NineAm, now, Plan);

        second.ShouldNotBe(first);
        _plans.JobFor(NineAm, now, Plan).ShouldBe(second);
    }

    [Fact]
    public void A_drain_waiting_for_its_instant_still_takes_messages_but_not_once_the_instant_has_come()
    {
        var first = _plans.JobFor(NineAm, NineAm.AddMinutes(-1), Plan);
        _jobs.ChangeState(first, new Processing()).ShouldBeTrue();

        _plans.JobFor(NineAm, NineAm.AddSeconds(-1), Plan).ShouldBe(first);
        _plans.JobFor(NineAm, NineAm, Plan).ShouldNotBe(first);
    }

    private string Plan()
    {
        Interlocked.Increment(ref _planned);
        return _jobs.Schedule(() => Console.WriteLine("drain"), TimeSpan.FromMinutes(5));
    }

    // Hangfire's own ProcessingState can only be made by a worker.
    private sealed class Processing : IState
    {
        public string Name => ProcessingState.StateName;
        public string? Reason => null;
        public bool IsFinal => false;
        public bool IgnoreJobLoadException => false;
        public Dictionary<string, string> SerializeData() => [];
    }
}
