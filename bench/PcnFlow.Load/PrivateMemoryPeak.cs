using System.Globalization;

namespace PcnFlow.Load;

/// <summary>
/// The highest private resident memory (RssAnon) a process reaches, read from /proc every half second. Not VmHWM: the
/// server memory-maps its SQLite file, and the resident set counts those shared page-cache pages once per mapping, one
/// mapping per pooled connection, so in one England run VmHWM read 3.2 GB, against 849 MB before the file was mapped.
/// </summary>
public sealed class PrivateMemoryPeak : IDisposable
{
    private readonly int _pid;
    private readonly Timer _timer;
    private long _peak;

    public PrivateMemoryPeak(int pid)
    {
        _pid = pid;
        _timer = new Timer(_ => Sample(), null, TimeSpan.Zero, TimeSpan.FromMilliseconds(500));
    }

    public long Bytes
    {
        get
        {
            Sample();
            return Interlocked.Read(ref _peak);
        }
    }

    private void Sample()
    {
        try
        {
            var line = File.ReadLines($"/proc/{_pid}/status").FirstOrDefault(l => l.StartsWith("RssAnon:", StringComparison.Ordinal));
            if (line == null)
                return;
            var bytes = long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
            long seen;
            while (bytes > (seen = Interlocked.Read(ref _peak)) && Interlocked.CompareExchange(ref _peak, bytes, seen) != seen)
            {
            }
        }
        catch (IOException)
        {
            // The process has exited; its peak is already recorded.
        }
    }

    public void Dispose() => _timer.Dispose();
}
