using System.Globalization;

namespace PcnFlow.Resilience.Tests.Clock;

/// <summary>
/// Real time plus an offset read from a file, so a test can move a running server process (every node at once) to
/// just before 09:00, when reminders go out, and time then runs at its real rate. The file holds the offset in
/// milliseconds; it is read again at most every 100 ms, and a missing file means no offset.
/// </summary>
public sealed class ShiftedTimeProvider(string file) : TimeProvider
{
    private readonly Lock _gate = new();
    private long _offsetMs;
    private long? _readAt;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow().AddMilliseconds(Offset());

    public static void Write(string file, TimeSpan offset)
    {
        var temporary = file + ".tmp";
        File.WriteAllText(temporary, ((long)offset.TotalMilliseconds).ToString(CultureInfo.InvariantCulture));
        File.Move(temporary, file, overwrite: true);
    }

    private long Offset()
    {
        lock (_gate)
        {
            var now = Environment.TickCount64;
            if (now - _readAt < 100)
                return _offsetMs;
            _readAt = now;
            try
            {
                _offsetMs = File.Exists(file) ? long.Parse(File.ReadAllText(file), CultureInfo.InvariantCulture) : 0;
            }
            catch (IOException)
            {
                // Being replaced at this moment: keep the last offset.
            }
            return _offsetMs;
        }
    }
}
