using System.Globalization;

namespace PcnFlow.Engine.Calendar;

public readonly partial record struct IsoDuration
{
    private const string Examples = "Write it as ISO 8601, e.g. P5D (5 days), P2W (2 weeks), P1M (1 month), PT4H (4 hours) or -P3D (3 days before), or as a time span such as 00:00:05.";
    private const string DateUnits = "YMWD";
    private const string TimeUnits = "HMS";

    /// <summary>Reads a duration, either ISO 8601 (<c>P1Y2M3W4DT5H6M7.5S</c>, <c>-P3D</c>) or <see cref="TimeSpan"/> text (<c>1.02:03:04</c>).</summary>
    /// <param name="text">
    /// The text to read. Surrounding white space is ignored, designators may be lower case, and only seconds may
    /// have a fraction (<c>PT1.5S</c> or <c>PT1,5S</c>), kept to the nearest 100 nanoseconds below.
    /// </param>
    /// <returns>The duration.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a duration; the message says why in plain English.</exception>
    public static IsoDuration Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var problem = Read(text, out var value);
        return problem is null ? value : throw new FormatException(problem);
    }

    /// <summary>Tries to read a duration, either ISO 8601 (<c>P1Y2M3W4DT5H6M7.5S</c>, <c>-P3D</c>) or <see cref="TimeSpan"/> text (<c>1.02:03:04</c>).</summary>
    /// <param name="text">The text to read. Surrounding white space is ignored and designators may be lower case.</param>
    /// <param name="value">The duration, or zero when the text is not valid.</param>
    /// <returns><see langword="true"/> when the text is a valid duration.</returns>
    public static bool TryParse(string? text, out IsoDuration value) => Read(text, out value) is null;

    // Returns null on success, otherwise a sentence for a programme lead saying what is wrong.
    private static string? Read(string? text, out IsoDuration value)
    {
        value = default;
        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            return $"A duration is needed but none was given. {Examples}";
        }

        var problem = trimmed.Contains(':', StringComparison.Ordinal)
            ? ReadTimeSpan(trimmed, out value)
            : ReadIso(trimmed.ToUpperInvariant(), out value);
        return problem is null ? null : $"'{trimmed}' is not a valid duration: {problem}. {Examples}";
    }

    private static string? ReadTimeSpan(string text, out IsoDuration value)
    {
        value = default;
        if (!TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var span) || span == TimeSpan.MinValue)
        {
            return "a time span must be hours:minutes:seconds, optionally with days in front, e.g. 00:00:05 or 1.02:03:04";
        }

        var magnitude = span.Duration();
        value = new IsoDuration(span < TimeSpan.Zero, 0, 0, magnitude.Days, magnitude - TimeSpan.FromDays(magnitude.Days));
        return null;
    }

    private static string? ReadIso(string text, out IsoDuration value)
    {
        value = default;
        var i = text[0] is '-' or '+' ? 1 : 0;
        if (i >= text.Length || text[i] != 'P')
        {
            return "it must start with P, or -P for a negative duration";
        }

        Span<long> amounts = stackalloc long[DateUnits.Length + TimeUnits.Length];
        long fractionTicks = 0;
        bool inTime = false, anyAmount = false, anyTimeAmount = false;
        var lastRank = -1;
        for (i++; i < text.Length;)
        {
            if (text[i] == 'T')
            {
                if (inTime)
                {
                    return "it has more than one T";
                }

                (inTime, lastRank) = (true, -1);
                i++;
                continue;
            }

            var digits = ReadDigits(text, ref i);
            string? fraction = null;
            if (i < text.Length && text[i] is '.' or ',')
            {
                i++;
                fraction = ReadDigits(text, ref i);
            }

            if (digits.Length == 0 || fraction is { Length: 0 })
            {
                return i < text.Length ? $"'{text[i]}' is not expected at position {i + 1}; each amount is a whole number followed by its unit" : "it ends where a number was expected";
            }

            if (i == text.Length)
            {
                return $"the number {digits} has no unit after it";
            }

            var units = inTime ? TimeUnits : DateUnits;
            var rank = units.IndexOf(text[i], StringComparison.Ordinal);
            if (rank < 0)
            {
                return inTime
                    ? $"'{text[i]}' is not a unit of time; after T use H (hours), M (minutes) or S (seconds)"
                    : $"'{text[i]}' is not a unit of date; use Y (years), M (months), W (weeks) or D (days), and put T before hours, minutes or seconds";
            }

            if (rank <= lastRank)
            {
                return $"its units are repeated or out of order; write them in the order {string.Join(", ", units.ToCharArray())}";
            }

            if (fraction is not null && !(inTime && text[i] == 'S'))
            {
                return "only seconds may have a fraction, e.g. PT1.5S";
            }

            if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var amount))
            {
                return $"the number {digits} is too large";
            }

            amounts[rank + (inTime ? DateUnits.Length : 0)] = amount;
            if (fraction is not null)
            {
                // TimeSpan resolves to 100 ns ticks, so digits past the seventh are dropped.
                fractionTicks = long.Parse(fraction.PadRight(7, '0')[..7], CultureInfo.InvariantCulture);
            }

            (lastRank, anyAmount, anyTimeAmount) = (rank, true, anyTimeAmount || inTime);
            i++;
        }

        if (!anyAmount)
        {
            return "it has no amounts, e.g. P0D for no time at all";
        }

        if (inTime && !anyTimeAmount)
        {
            return "T must be followed by hours, minutes or seconds";
        }

        try
        {
            var days = checked((int)((amounts[2] * 7) + amounts[3]));
            var ticks = checked((amounts[4] * TimeSpan.TicksPerHour) + (amounts[5] * TimeSpan.TicksPerMinute) + (amounts[6] * TimeSpan.TicksPerSecond) + fractionTicks);
            value = new IsoDuration(text[0] == '-', (int)amounts[0], (int)amounts[1], days, TimeSpan.FromTicks(ticks));
            return null;
        }
        catch (OverflowException)
        {
            return "its amounts are too large";
        }
    }

    private static string ReadDigits(string text, ref int i)
    {
        var start = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        return text[start..i];
    }
}
