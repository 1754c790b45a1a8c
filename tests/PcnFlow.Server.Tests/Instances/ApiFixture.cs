using PcnFlow.Server.Tests.Infrastructure;

namespace PcnFlow.Server.Tests.Instances;

/// <summary>
/// One app and test world shared by the tests of a class that do not move time: each test starts its own
/// programmes and looks only at those, so the tests stay independent while the class pays for one start-up.
/// </summary>
public sealed class ApiFixture : IAsyncLifetime
{
    public PcnFlowAppFactory Factory { get; } = new();

    public TestWorld World { get; private set; } = null!;

    public async Task InitializeAsync() => World = await TestWorld.CreateAsync(Factory);

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }
}
