using System.Globalization;
using PcnFlow.Engine.Calendar;
using PcnFlow.Engine.Expressions;

namespace PcnFlow.Engine.Scheduling;

/// <summary>
/// Turns a due rule into a date. A rule is a programme day (<c>D+62</c>, <c>D-1</c>), an ISO 8601
/// duration after the task opens (<c>P14D</c>), or a date (from an expression).
/// </summary>
public static class DueDates
{
    /// <summary>Reads <c>D+N</c> / <c>D-N</c>.</summary>
    public static bool TryParseProgrammeDay(string? text, out int day)
    {
        day = 0;
        if (string.IsNullOrWhiteSpace(text))
            return false;
        var t = text.Trim();
        if (t.Length < 2 || (t[0] != 'D' && t[0] != 'd'))
            return false;
        var rest = t[1..].Trim();
        if (rest.StartsWith('+'))
            rest = rest[1..];
        return int.TryParse(rest, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out day) && Math.Abs(day) <= 3660;
    }

    /// <summary>Whether a constant rule is well formed; the message says what is wrong when not.</summary>
    public static bool IsValidRule(string? text, out string? message)
    {
        message = null;
        if (TryParseProgrammeDay(text, out _) || (text != null && IsoDuration.TryParse(text, out var d) && !d.Negative) || LiteralConverter.ToDateTime(text) != null)
            return true;
        message = $"'{text}' is not a due date. Write a programme day like D+62, a time after the task opens like P14D, or a date like 2019-09-30.";
        return false;
    }

    /// <summary>Resolves a rule value (text, date or instant) into a date.</summary>
    /// <param name="rule">The evaluated rule.</param>
    /// <param name="day0">The programme's day 0.</param>
    /// <param name="opened">The date the task opened.</param>
    /// <param name="workingDays">Whether to count England and Wales working days.</param>
    public static DateOnly? Resolve(object? rule, DateOnly day0, DateOnly opened, bool workingDays)
    {
        var calendar = WorkingDayCalendar.EnglandAndWales;
        if (rule is DateTimeOffset instant)
            return Roll(UkTime.Today(instant), workingDays);
        var text = LiteralConverter.ToText(rule);
        if (string.IsNullOrWhiteSpace(text))
            return null;
        if (TryParseProgrammeDay(text, out var day))
            return Roll(day0.AddDays(day), workingDays);
        if (IsoDuration.TryParse(text, out var duration) && !duration.Negative)
        {
            if (workingDays && duration.Years == 0 && duration.Months == 0)
                return calendar.AddWorkingDays(opened, duration.Days);
            return Roll(duration.AddTo(opened), workingDays);
        }
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return Roll(date, workingDays);
        if (LiteralConverter.ToDateTime(text) is { } parsed)
            return Roll(UkTime.Today(parsed), workingDays);
        throw new FormatException($"'{text}' is not a due date.");

        DateOnly Roll(DateOnly d, bool working) => working ? calendar.NextWorkingDayOnOrAfter(d) : d;
    }

    /// <summary>The date of a reminder at an offset (e.g. <c>-P3D</c>) from the due date; working days count back over weekends and bank holidays.</summary>
    public static DateOnly ReminderDate(DateOnly due, IsoDuration offset, bool workingDays)
    {
        if (workingDays && offset.Years == 0 && offset.Months == 0 && offset.Days != 0)
            return WorkingDayCalendar.EnglandAndWales.AddWorkingDays(due, offset.Negative ? -offset.Days : offset.Days);
        return offset.AddTo(due);
    }
}
