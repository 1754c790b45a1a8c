using PcnFlow.Engine.Calendar;

namespace PcnFlow.Engine.Tests.Calendar;

public class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    [Theory]
    [InlineData("2025-12-24", 1, "2025-12-29")]
    [InlineData("2025-12-24", 3, "2025-12-31")]
    [InlineData("2025-12-24", 4, "2026-01-02")]
    [InlineData("2025-12-24", 5, "2026-01-05")]
    [InlineData("2025-12-25", 1, "2025-12-29")]
    public void AddWorkingDays_AcrossChristmas2025_SkipsHolidaysAndWeekends(string start, int days, string expected) =>
        Calendar.AddWorkingDays(Date(start), days).ShouldBe(Date(expected));

    [Theory]
    [InlineData("2026-04-02", 1, "2026-04-07")]
    [InlineData("2026-04-01", 3, "2026-04-08")]
    [InlineData("2026-03-30", 10, "2026-04-15")]
    public void AddWorkingDays_AcrossEaster2026_SkipsGoodFridayAndEasterMonday(string start, int days, string expected) =>
        Calendar.AddWorkingDays(Date(start), days).ShouldBe(Date(expected));

    [Fact]
    public void AddWorkingDays_FridayBeforeBankHolidayMonday_GivesTuesday() =>
        Calendar.AddWorkingDays(Date("2026-05-22"), 1).ShouldBe(Date("2026-05-26"));

    [Fact]
    public void AddWorkingDays_OrdinaryFriday_GivesMonday() =>
        Calendar.AddWorkingDays(Date("2026-05-15"), 1).ShouldBe(Date("2026-05-18"));

    [Theory]
    [InlineData("2026-04-07", -1, "2026-04-02")]
    [InlineData("2026-01-05", -5, "2025-12-24")]
    [InlineData("2025-12-29", -1, "2025-12-24")]
    [InlineData("2026-05-23", -1, "2026-05-22")]
    public void AddWorkingDays_Negative_CountsBackwards(string start, int days, string expected) =>
        Calendar.AddWorkingDays(Date(start), days).ShouldBe(Date(expected));

    [Theory]
    [InlineData("2026-04-08", "2026-04-08")]
    [InlineData("2026-04-04", "2026-04-07")]
    [InlineData("2026-05-24", "2026-05-26")]
    public void AddWorkingDays_Zero_IsNextWorkingDayOnOrAfter(string start, string expected) =>
        Calendar.AddWorkingDays(Date(start), 0).ShouldBe(Date(expected));

    [Theory]
    [InlineData("2025-06-14", "2025-06-16")]
    [InlineData("2026-04-04", "2026-04-07")]
    [InlineData("2025-12-27", "2025-12-29")]
    [InlineData("2025-06-16", "2025-06-16")]
    public void NextWorkingDayOnOrAfter_NonWorkingDay_MovesToNextWorkingDay(string start, string expected) =>
        Calendar.NextWorkingDayOnOrAfter(Date(start)).ShouldBe(Date(expected));

    [Theory]
    [InlineData("2025-12-24", "2026-01-05", 5)]
    [InlineData("2026-01-05", "2025-12-24", -5)]
    [InlineData("2026-04-02", "2026-04-07", 1)]
    [InlineData("2026-04-07", "2026-04-02", -1)]
    [InlineData("2026-04-03", "2026-04-06", 0)]
    [InlineData("2025-06-16", "2025-06-16", 0)]
    [InlineData("2025-06-13", "2025-06-14", 0)]
    [InlineData("2025-06-14", "2025-06-13", -1)]
    [InlineData("2025-01-01", "2025-12-31", 253)]
    public void WorkingDaysBetween_KnownRanges_Counts(string from, string to, int expected) =>
        Calendar.WorkingDaysBetween(Date(from), Date(to)).ShouldBe(expected);

    [Fact]
    public void WorkingDaysBetween_AfterAddWorkingDays_GivesTheSameCount()
    {
        for (var start = Date("2025-12-01"); start <= Date("2026-06-30"); start = start.AddDays(3))
        {
            foreach (var days in new[] { -40, -7, -1, 1, 2, 5, 23, 60 })
            {
                var end = Calendar.AddWorkingDays(start, days);

                Calendar.WorkingDaysBetween(start, end).ShouldBe(days, $"{start} + {days} = {end}");
                Calendar.WorkingDaysBetween(start, end).ShouldBe(CountByWalking(start, end));
            }
        }
    }

    [Fact]
    public void IsWorkingDay_OutsideCoveredRange_SkipsWeekendsButKnowsNoHolidays()
    {
        Calendar.IsWorkingDay(Date("2031-12-25")).ShouldBeTrue();
        Calendar.IsWorkingDay(Date("2031-12-27")).ShouldBeFalse();
        Calendar.IsWorkingDay(Date("2018-12-25")).ShouldBeTrue();
        Calendar.AddWorkingDays(Date("2031-12-24"), 1).ShouldBe(Date("2031-12-25"));
    }

    [Fact]
    public void IsBankHoliday_OrdinaryDay_ReturnsFalseAndNullTitle()
    {
        Calendar.IsBankHoliday(Date("2026-04-08"), out var title).ShouldBeFalse();
        title.ShouldBeNull();
    }

    [Fact]
    public void Constructor_Holidays_SortsThemAndCoversTheirWholeYears()
    {
        var calendar = new WorkingDayCalendar([new BankHoliday(Date("2026-12-25"), "Christmas Day"), new BankHoliday(Date("2025-01-01"), "New Year's Day")]);

        calendar.Holidays.Select(h => h.Date).ShouldBe([Date("2025-01-01"), Date("2026-12-25")]);
        calendar.CoveredFrom.ShouldBe(Date("2025-01-01"));
        calendar.CoveredTo.ShouldBe(Date("2026-12-31"));
        calendar.IsWorkingDay(Date("2026-12-25")).ShouldBeFalse();
        calendar.IsWorkingDay(Date("2025-12-25")).ShouldBeTrue();
    }

    [Fact]
    public void Constructor_WeekendHoliday_DoesNotChangeCounts()
    {
        var calendar = new WorkingDayCalendar([new BankHoliday(Date("2026-06-13"), "Saturday event")]);

        calendar.IsBankHoliday(Date("2026-06-13"), out _).ShouldBeTrue();
        calendar.WorkingDaysBetween(Date("2026-06-12"), Date("2026-06-15")).ShouldBe(1);
    }

    [Fact]
    public void Constructor_DuplicateDate_Throws() =>
        Should.Throw<ArgumentException>(() => new WorkingDayCalendar([new BankHoliday(Date("2026-01-01"), "A"), new BankHoliday(Date("2026-01-01"), "B")]));

    [Fact]
    public void Constructor_HolidayOutsideRange_Throws() =>
        Should.Throw<ArgumentException>(() => new WorkingDayCalendar([new BankHoliday(Date("2027-01-01"), "A")], Date("2026-01-01"), Date("2026-12-31")));

    [Fact]
    public void Constructor_ReversedRange_Throws() =>
        Should.Throw<ArgumentException>(() => new WorkingDayCalendar([], Date("2026-12-31"), Date("2026-01-01"))).ParamName.ShouldBe("coveredTo");

    [Fact]
    public void Constructor_EmptyListWithoutRange_Throws() =>
        Should.Throw<ArgumentException>(() => new WorkingDayCalendar([]));

    private static DateOnly Date(string text) => DateOnly.Parse(text, null);

    private static int CountByWalking(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var d = from.AddDays(1); d <= to; d = d.AddDays(1))
        {
            count += Calendar.IsWorkingDay(d) ? 1 : 0;
        }

        for (var d = to; d < from; d = d.AddDays(1))
        {
            count -= Calendar.IsWorkingDay(d) ? 1 : 0;
        }

        return count;
    }
}
