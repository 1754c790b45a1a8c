using Hangfire.AspNetCore;
using Hangfire.Logging;

namespace PcnFlow.Server.Jobs;

/// <summary>
/// Hangfire's log provider is process-wide, but each host has its own logger factory. When several hosts share
/// a process (the integration tests run many), the provider belongs to whichever host configured Hangfire last;
/// once that host is disposed its factory throws <see cref="ObjectDisposedException"/>, and Hangfire meets that
/// while building job filters (AutomaticRetry creates a logger) in the other hosts, so their jobs fail and wait
/// out the invisibility timeout. Here a disposed factory only means silence. With one host nothing changes.
/// </summary>
internal sealed class HostLogProvider(ILoggerFactory factory) : ILogProvider
{
    private readonly AspNetCoreLogProvider _inner = new(factory);

    public ILog GetLogger(string name)
    {
        try
        {
            return new DisposalSafeLog(_inner.GetLogger(name));
        }
        catch (ObjectDisposedException)
        {
            return new DisposalSafeLog(null);
        }
    }

    private sealed class DisposalSafeLog(ILog? inner) : ILog
    {
        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
        {
            try
            {
                return inner?.Log(logLevel, messageFunc, exception) ?? false;
            }
            catch (ObjectDisposedException)
            {
                return false;
            }
        }
    }
}
