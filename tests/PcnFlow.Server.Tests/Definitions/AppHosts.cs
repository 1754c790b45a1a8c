namespace PcnFlow.Server.Tests.Definitions;

/// <summary>
/// Test classes that each start the app run one at a time: Hangfire keeps process-wide statics (its log
/// provider, storage and activator), so overlapping hosts in one process can use a host that has already stopped.
/// </summary>
[CollectionDefinition(Name)]
public sealed class AppHosts
{
    public const string Name = "App hosts";
}
