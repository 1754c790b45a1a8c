using System.Globalization;

namespace PcnFlow.Cli;

internal static class Dates
{
    public static DateOnly? Parse(string? text, string option)
    {
        if (text == null)
            return null;
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new ArgumentException($"{option} must be a date like 2019-07-01, not '{text}'.");
    }
}
