namespace PcnFlow.Server.Tests.Infrastructure;

/// <summary>A test class with its own app host and test world, created before each test and disposed after it.</summary>
public abstract class WorldTests : IAsyncLifetime
{
    protected PcnFlowAppFactory Factory { get; private set; } = null!;

    protected TestWorld World { get; private set; } = null!;

    /// <summary>The host for this class; a subclass wires in what it needs (a mail server, say).</summary>
    protected virtual PcnFlowAppFactory CreateFactory() => new();

    public virtual async Task InitializeAsync()
    {
        Factory = CreateFactory();
        World = await TestWorld.CreateAsync(Factory);
    }

    public virtual Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }
}
