using System.Globalization;
using System.Text;

namespace PcnFlow.Engine.Calendar;

/// <summary>
/// A duration as written in a workflow definition: ISO 8601 (<c>P2W</c>, <c>P1M</c>, <c>PT4H</c>, <c>-P3D</c>)
/// or .NET <see cref="TimeSpan"/> text (<c>00:00:05</c>, <c>1.02:03:04</c>) as used by Elsa's Delay.
/// </summary>
/// <remarks>
/// Years, months and days are kept apart from the time part because they are calendar amounts:
/// one month from 31 January is the end of February, not 30 days later.
/// All amounts are stored as magnitudes; <see cref="Negative"/> gives the direction.
/// The default value is zero.
/// </remarks>
public readonly partial record struct IsoDuration
{
    private IsoDuration(bool negative, int years, int months, int days, TimeSpan time)
    {
        var isZero = years == 0 && months == 0 && days == 0 && time == TimeSpan.Zero;
        Negative = negative && !isZero;
        Years = years;
        Months = months;
        Days = days;
        Time = time;
    }

    /// <summary>Whether the duration points back in time, as in <c>-P3D</c>. Never true for a zero duration.</summary>
    public bool Negative { get; }

    /// <summary>The number of years, never negative.</summary>
    public int Years { get; }

    /// <summary>The number of months, never negative.</summary>
    public int Months { get; }

    /// <summary>The number of days, never negative. Weeks are included as seven days each.</summary>
    public int Days { get; }

    /// <summary>The hours, minutes and seconds, never negative. May exceed a day, as in <c>PT36H</c>.</summary>
    public TimeSpan Time { get; }

    /// <summary>Whether the duration is whole years, months, weeks and days, with no time part.</summary>
    public bool IsDayBased => Time == TimeSpan.Zero;

    /// <summary>
    /// A rough length in days for sorting and sanity checks: a year counts as 365 days, a month as 30,
    /// and whole days of the time part are included. Negative when <see cref="Negative"/> is set.
    /// </summary>
    public int TotalDaysApprox
    {
        get
        {
            var total = (Years * 365L) + (Months * 30L) + Days + (long)Time.TotalDays;
            return (int)Math.Clamp(Negative ? -total : total, int.MinValue, int.MaxValue);
        }
    }

    /// <summary>Adds the duration to an instant: years and months first (clamped to the month's end), then days, then time.</summary>
    /// <param name="value">The instant to start from.</param>
    /// <returns>The resulting instant, in the same offset as <paramref name="value"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The result is outside the range of <see cref="DateTimeOffset"/>.</exception>
    public DateTimeOffset AddTo(DateTimeOffset value)
    {
        var sign = Negative ? -1 : 1;
        var result = value.AddMonths(TotalMonths(sign)).AddDays(sign * (double)Days);
        return Negative ? result - Time : result + Time;
    }

    /// <summary>Adds the years, months and days to a date, ignoring the time part entirely (even <c>PT48H</c>).</summary>
    /// <param name="value">The date to start from.</param>
    /// <returns>The resulting date. One month from 31 January is the last day of February.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The result is outside the range of <see cref="DateOnly"/>.</exception>
    public DateOnly AddTo(DateOnly value)
    {
        var sign = Negative ? -1 : 1;
        return value.AddMonths(TotalMonths(sign)).AddDays(sign * Days);
    }

    /// <summary>The canonical ISO 8601 text, e.g. <c>P1Y2M10DT2H30M</c>, <c>-P3D</c>, <c>PT0.5S</c> or <c>P0D</c>.</summary>
    /// <returns>Text that <see cref="Parse"/> turns back into an equal value. Weeks are written as days.</returns>
    public override string ToString()
    {
        var text = new StringBuilder(Negative ? "-P" : "P");
        Append(text, Years, 'Y');
        Append(text, Months, 'M');
        Append(text, Days, 'D');
        if (Time > TimeSpan.Zero)
        {
            text.Append('T');
            Append(text, Time.Ticks / TimeSpan.TicksPerHour, 'H');
            Append(text, Time.Minutes, 'M');
            var seconds = Time.Ticks % TimeSpan.TicksPerMinute;
            if (seconds > 0)
            {
                text.Append((seconds / (decimal)TimeSpan.TicksPerSecond).ToString("0.#######", CultureInfo.InvariantCulture)).Append('S');
            }
        }
        else if (text.Length <= 2)
        {
            text.Append("0D");
        }

        return text.ToString();
    }

    // Years and months are added together, as java.time does, so P1Y1M from 29 February is 29 March.
    private int TotalMonths(int sign) => (int)Math.Clamp(sign * ((Years * 12L) + Months), int.MinValue, int.MaxValue);

    private static void Append(StringBuilder text, long amount, char designator)
    {
        if (amount != 0)
        {
            text.Append(amount.ToString(CultureInfo.InvariantCulture)).Append(designator);
        }
    }
}
