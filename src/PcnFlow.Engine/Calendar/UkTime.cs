using System.Collections.Concurrent;

namespace PcnFlow.Engine.Calendar;

/// <summary>
/// UK wall-clock time. Practices work to London time, so due dates are London dates and
/// "9am" means 9am GMT in winter and 9am BST (08:00 UTC) in summer.
/// </summary>
public static class UkTime
{
    private const int MaxCachedLocalTimes = 65_536;
    private static readonly Lazy<TimeZoneInfo> LondonZone = new(FindLondon, LazyThreadSafetyMode.ExecutionAndPublication);

    // Working out an instant walks the zone's adjustment rules (three lookups, about 200 ns), and scheduling asks for the
    // same few wall-clock times on the same dates again and again: every task open computes its due moment and reminders.
    private static readonly ConcurrentDictionary<(DateOnly Date, TimeOnly Time), DateTimeOffset> LocalTimes = new();
    private static int s_cachedLocalTimes;

    /// <summary>
    /// The Europe/London time zone from the operating system, or, where the system has no time zone data
    /// (some slim containers), a built-in GMT/BST zone that follows the rules in force since 1996.
    /// </summary>
    public static TimeZoneInfo London => LondonZone.Value;

    /// <summary>The instant at which London clocks show <paramref name="time"/> on <paramref name="date"/>.</summary>
    /// <param name="date">The London date.</param>
    /// <param name="time">The London wall-clock time.</param>
    /// <returns>
    /// The instant, carrying London's UTC offset at that moment. A time skipped when the clocks go forward
    /// (01:00 to 01:59 on the last Sunday in March) is moved forward by an hour, as a wall clock would be;
    /// a time that happens twice when the clocks go back gives the first, BST, occurrence.
    /// </returns>
    public static DateTimeOffset AtLocalTime(DateOnly date, TimeOnly time)
    {
        if (LocalTimes.TryGetValue((date, time), out var cached))
            return cached;
        var instant = ComputeAtLocalTime(date, time);
        // The cap only guards against a caller asking for endless distinct times; a programme needs a few thousand.
        if (Interlocked.Increment(ref s_cachedLocalTimes) > MaxCachedLocalTimes)
        {
            LocalTimes.Clear();
            Interlocked.Exchange(ref s_cachedLocalTimes, 0);
        }
        LocalTimes[(date, time)] = instant;
        return instant;
    }

    private static DateTimeOffset ComputeAtLocalTime(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        var zone = London;
        if (zone.IsInvalidTime(local))
        {
            // Read the clock as it stood before the change, which lands the instant just after it.
            var before = zone.GetUtcOffset(local.AddDays(-1));
            return TimeZoneInfo.ConvertTime(new DateTimeOffset(local - before, TimeSpan.Zero), zone);
        }

        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }

    /// <summary>The London date at the given instant.</summary>
    /// <param name="now">The instant, usually <c>TimeProvider.GetUtcNow()</c>.</param>
    /// <returns>The date shown on a London calendar at that instant.</returns>
    public static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, London).DateTime);

    /// <summary>The end of a London day, which is the instant the next London day starts (midnight).</summary>
    /// <param name="date">The London date.</param>
    /// <returns>Midnight at the start of the following London day, with London's offset.</returns>
    public static DateTimeOffset EndOfDay(DateOnly date) => AtLocalTime(date.AddDays(1), TimeOnly.MinValue);

    internal static TimeZoneInfo FindLondon()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return CreateFallbackLondon();
        }
    }

    /// <summary>GMT with BST from 01:00 UTC on the last Sunday in March to 01:00 UTC on the last Sunday in October.</summary>
    internal static TimeZoneInfo CreateFallbackLondon()
    {
        // Transition times are written in the local time in force before the change: 01:00 GMT and 02:00 BST are both 01:00 UTC.
        var bst = TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(
            new DateTime(1996, 1, 1),
            DateTime.MaxValue.Date,
            TimeSpan.FromHours(1),
            TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 1, 0, 0), 3, 5, DayOfWeek.Sunday),
            TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 2, 0, 0), 10, 5, DayOfWeek.Sunday));
        return TimeZoneInfo.CreateCustomTimeZone("Europe/London", TimeSpan.Zero, "(UTC+00:00) London (GMT/BST)", "GMT", "BST", [bst]);
    }
}
