using System.Collections.Frozen;

namespace PcnFlow.Engine.Calendar;

/// <summary>
/// Working days for due dates and reminders: Monday to Friday, less bank holidays.
/// </summary>
/// <remarks>
/// Holidays are only known between <see cref="CoveredFrom"/> and <see cref="CoveredTo"/>.
/// Outside that range weekends are still skipped but every weekday counts as a working day,
/// so a date far in the future may land on a bank holiday that has not been published yet.
/// Instances are immutable and safe to share between threads.
/// </remarks>
public sealed class WorkingDayCalendar
{
    private static readonly Lazy<WorkingDayCalendar> EnglandAndWalesCalendar =
        new(BankHolidayFile.LoadEnglandAndWales, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenDictionary<DateOnly, string> _titles;

    // Day numbers of the holidays that fall on weekdays, sorted, so counting is a binary search.
    private readonly int[] _weekdayHolidays;

    /// <summary>Creates a calendar from the given holidays, covering every day of the years they fall in.</summary>
    /// <param name="holidays">The bank holidays, in any order. Must not be empty and must not repeat a date.</param>
    /// <exception cref="ArgumentException">The list is empty or has two holidays on the same date.</exception>
    public WorkingDayCalendar(IEnumerable<BankHoliday> holidays)
        : this(ToList(holidays), covered: null)
    {
    }

    /// <summary>Creates a calendar from the given holidays, stating the range of dates they are complete for.</summary>
    /// <param name="holidays">The bank holidays, in any order. Must not repeat a date and must lie within the range.</param>
    /// <param name="coveredFrom">The first date for which the holiday list is complete.</param>
    /// <param name="coveredTo">The last date for which the holiday list is complete.</param>
    /// <exception cref="ArgumentException">A holiday repeats a date or lies outside the range, or the range is reversed.</exception>
    public WorkingDayCalendar(IEnumerable<BankHoliday> holidays, DateOnly coveredFrom, DateOnly coveredTo)
        : this(ToList(holidays), CheckRange(coveredFrom, coveredTo))
    {
    }

    private WorkingDayCalendar(List<BankHoliday> holidays, (DateOnly From, DateOnly To)? covered)
    {
        holidays.Sort((a, b) => a.Date.CompareTo(b.Date));
        if (covered is null && holidays.Count == 0)
        {
            throw new ArgumentException("A calendar needs at least one holiday to work out which years it covers; pass the covered range explicitly instead.", nameof(holidays));
        }

        var (coveredFrom, coveredTo) = covered ?? (new DateOnly(holidays[0].Date.Year, 1, 1), new DateOnly(holidays[^1].Date.Year, 12, 31));
        var titles = new Dictionary<DateOnly, string>();
        foreach (var holiday in holidays)
        {
            if (holiday.Date < coveredFrom || holiday.Date > coveredTo)
            {
                throw new ArgumentException($"The holiday '{holiday.Title}' on {holiday.Date:yyyy-MM-dd} is outside the covered range {coveredFrom:yyyy-MM-dd} to {coveredTo:yyyy-MM-dd}.", nameof(holidays));
            }

            if (!titles.TryAdd(holiday.Date, holiday.Title))
            {
                throw new ArgumentException($"Two holidays fall on {holiday.Date:yyyy-MM-dd}: '{titles[holiday.Date]}' and '{holiday.Title}'.", nameof(holidays));
            }
        }

        Holidays = holidays.AsReadOnly();
        CoveredFrom = coveredFrom;
        CoveredTo = coveredTo;
        _titles = titles.ToFrozenDictionary();
        _weekdayHolidays = [.. holidays.Where(h => IsWeekday(h.Date)).Select(h => h.Date.DayNumber)];
    }

    /// <summary>
    /// England and Wales bank holidays from 2019 to 2030: GOV.UK's published dates up to 2027, then dates
    /// computed from the statutory rules. Loaded once, on first use, from a data file embedded in the engine.
    /// </summary>
    public static WorkingDayCalendar EnglandAndWales => EnglandAndWalesCalendar.Value;

    /// <summary>The bank holidays this calendar knows, sorted by date.</summary>
    public IReadOnlyList<BankHoliday> Holidays { get; }

    /// <summary>The first date for which bank holidays are known.</summary>
    public DateOnly CoveredFrom { get; }

    /// <summary>The last date for which bank holidays are known.</summary>
    public DateOnly CoveredTo { get; }

    /// <summary>Whether <paramref name="date"/> is a Monday to Friday that is not a bank holiday.</summary>
    /// <param name="date">The day to check.</param>
    /// <returns><see langword="true"/> for a working day.</returns>
    public bool IsWorkingDay(DateOnly date) => IsWeekday(date) && !_titles.ContainsKey(date);

    /// <summary>Whether <paramref name="date"/> is a bank holiday, and if so which.</summary>
    /// <param name="date">The day to check.</param>
    /// <param name="title">The holiday's name, or <see langword="null"/> when it is not a holiday.</param>
    /// <returns><see langword="true"/> for a bank holiday.</returns>
    public bool IsBankHoliday(DateOnly date, out string? title) => _titles.TryGetValue(date, out title);

    /// <summary>The given day if it is a working day, otherwise the next working day after it.</summary>
    /// <param name="date">The day to start from.</param>
    /// <returns>The first working day on or after <paramref name="date"/>.</returns>
    public DateOnly NextWorkingDayOnOrAfter(DateOnly date)
    {
        while (!IsWorkingDay(date))
        {
            date = date.AddDays(1);
        }

        return date;
    }

    /// <summary>Moves <paramref name="days"/> working days forward (or back, when negative) from <paramref name="start"/>.</summary>
    /// <param name="start">The day to count from. It does not need to be a working day.</param>
    /// <param name="days">
    /// How many working days to move. 1 gives the first working day after <paramref name="start"/>, so a Friday
    /// plus 1 is the Monday, or the Tuesday when that Monday is a bank holiday. -1 gives the last working day
    /// before <paramref name="start"/>. 0 gives <see cref="NextWorkingDayOnOrAfter"/>.
    /// </param>
    /// <returns>The working day reached.</returns>
    public DateOnly AddWorkingDays(DateOnly start, int days)
    {
        if (days == 0)
        {
            return NextWorkingDayOnOrAfter(start);
        }

        var step = days > 0 ? 1 : -1;
        var remaining = Math.Abs((long)days);
        var date = start;
        while (remaining > 0)
        {
            date = date.AddDays(step);
            if (IsWorkingDay(date))
            {
                remaining--;
            }
        }

        return date;
    }

    /// <summary>Counts the working days from one date to another.</summary>
    /// <param name="from">The day to count from, itself not counted when counting forwards.</param>
    /// <param name="to">The day to count to.</param>
    /// <returns>
    /// When <paramref name="to"/> is on or after <paramref name="from"/>, the number of working days after
    /// <paramref name="from"/> up to and including <paramref name="to"/>. When it is before, minus the number of
    /// working days from <paramref name="to"/> inclusive up to <paramref name="from"/> exclusive, so that
    /// <c>WorkingDaysBetween(d, AddWorkingDays(d, n)) == n</c> for any non-zero <c>n</c>.
    /// </returns>
    public int WorkingDaysBetween(DateOnly from, DateOnly to) =>
        to >= from
            ? CountWorkingDays(from.DayNumber + 1, to.DayNumber + 1)
            : -CountWorkingDays(to.DayNumber, from.DayNumber);

    // Working days with day numbers in [start, end).
    private int CountWorkingDays(int start, int end) =>
        WeekdaysBefore(end) - WeekdaysBefore(start) - HolidaysBefore(end) + HolidaysBefore(start);

    // Day number 0 (1 January 0001) was a Monday, so day number % 7 gives 0 for Monday to 6 for Sunday.
    private static int WeekdaysBefore(int dayNumber) => (dayNumber / 7 * 5) + Math.Min(dayNumber % 7, 5);

    private int HolidaysBefore(int dayNumber)
    {
        var index = Array.BinarySearch(_weekdayHolidays, dayNumber);
        return index >= 0 ? index : ~index;
    }

    private static bool IsWeekday(DateOnly date) => date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    private static (DateOnly From, DateOnly To) CheckRange(DateOnly coveredFrom, DateOnly coveredTo) =>
        coveredTo >= coveredFrom
            ? (coveredFrom, coveredTo)
            : throw new ArgumentException($"The covered range ends ({coveredTo:yyyy-MM-dd}) before it starts ({coveredFrom:yyyy-MM-dd}).", nameof(coveredTo));

    private static List<BankHoliday> ToList(IEnumerable<BankHoliday> holidays)
    {
        ArgumentNullException.ThrowIfNull(holidays);
        return [.. holidays];
    }
}
