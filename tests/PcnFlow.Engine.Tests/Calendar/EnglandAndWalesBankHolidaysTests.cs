using System.Text.Json;
using PcnFlow.Engine.Calendar;

namespace PcnFlow.Engine.Tests.Calendar;

public class EnglandAndWalesBankHolidaysTests
{
    private static WorkingDayCalendar Calendar => WorkingDayCalendar.EnglandAndWales;

    [Fact]
    public void EnglandAndWales_Coverage_Is2019To2030()
    {
        Calendar.CoveredFrom.ShouldBe(new DateOnly(2019, 1, 1));
        Calendar.CoveredTo.ShouldBe(new DateOnly(2030, 12, 31));
    }

    [Fact]
    public void EnglandAndWales_EveryCoveredYear_HasAtLeastEightHolidays()
    {
        for (var year = 2019; year <= 2030; year++)
        {
            Calendar.Holidays.Count(h => h.Date.Year == year).ShouldBeGreaterThanOrEqualTo(8, $"year {year}");
        }
    }

    [Fact]
    public void EnglandAndWales_Holidays_AreSortedDistinctWeekdays()
    {
        var dates = Calendar.Holidays.Select(h => h.Date).ToList();

        dates.ShouldBe(dates.Order().Distinct().ToList());
        dates.ShouldAllBe(d => d.DayOfWeek != DayOfWeek.Saturday && d.DayOfWeek != DayOfWeek.Sunday);
        Calendar.Holidays.ShouldAllBe(h => !string.IsNullOrWhiteSpace(h.Title));
    }

    [Fact]
    public void EnglandAndWales_SameInstanceEveryTime() => WorkingDayCalendar.EnglandAndWales.ShouldBeSameAs(Calendar);

    [Theory]
    [InlineData(2019, "2019-04-19", "2019-04-22")]
    [InlineData(2020, "2020-04-10", "2020-04-13")]
    [InlineData(2022, "2022-04-15", "2022-04-18")]
    [InlineData(2024, "2024-03-29", "2024-04-01")]
    [InlineData(2025, "2025-04-18", "2025-04-21")]
    [InlineData(2026, "2026-04-03", "2026-04-06")]
    [InlineData(2027, "2027-03-26", "2027-03-29")]
    [InlineData(2028, "2028-04-14", "2028-04-17")]
    [InlineData(2029, "2029-03-30", "2029-04-02")]
    [InlineData(2030, "2030-04-19", "2030-04-22")]
    public void IsBankHoliday_Easter_GoodFridayAndEasterMonday(int year, string goodFriday, string easterMonday)
    {
        HolidayOn(goodFriday).ShouldBe("Good Friday");
        HolidayOn(easterMonday).ShouldBe("Easter Monday");
        Calendar.Holidays.Count(h => h.Date.Year == year && h.Title.StartsWith("Good Friday", StringComparison.Ordinal)).ShouldBe(1);
    }

    [Fact]
    public void IsBankHoliday_2020_EarlyMayMovedToVeDay()
    {
        HolidayOn("2020-05-08").ShouldBe("Early May bank holiday (VE day)");
        HolidayOn("2020-05-04").ShouldBeNull();
    }

    [Fact]
    public void IsBankHoliday_2022_SpringMovedForPlatinumJubileeAndStateFuneral()
    {
        HolidayOn("2022-06-02").ShouldBe("Spring bank holiday");
        HolidayOn("2022-06-03").ShouldBe("Platinum Jubilee bank holiday");
        HolidayOn("2022-05-30").ShouldBeNull();
        HolidayOn("2022-09-19").ShouldBe("Bank Holiday for the State Funeral of Queen Elizabeth II");
        Calendar.Holidays.Count(h => h.Date.Year == 2022).ShouldBe(10);
    }

    [Fact]
    public void IsBankHoliday_2023_CoronationIsExtra()
    {
        HolidayOn("2023-05-01").ShouldBe("Early May bank holiday");
        HolidayOn("2023-05-08").ShouldBe("Bank holiday for the coronation of King Charles III");
        Calendar.Holidays.Count(h => h.Date.Year == 2023).ShouldBe(9);
    }

    [Fact]
    public void Holidays_2026_MatchGovUk()
    {
        var dates = Calendar.Holidays.Where(h => h.Date.Year == 2026).Select(h => h.Date.ToString("yyyy-MM-dd", null));

        dates.ShouldBe(["2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28"]);
        HolidayOn("2026-12-28").ShouldBe("Boxing Day (substitute day)");
    }

    [Theory]
    [InlineData("2020-12-28", "Boxing Day (substitute day)")]
    [InlineData("2021-12-27", "Christmas Day (substitute day)")]
    [InlineData("2021-12-28", "Boxing Day (substitute day)")]
    [InlineData("2022-01-03", "New Year's Day (substitute day)")]
    [InlineData("2022-12-26", "Boxing Day")]
    [InlineData("2022-12-27", "Christmas Day (substitute day)")]
    [InlineData("2023-01-02", "New Year's Day (substitute day)")]
    [InlineData("2027-12-27", "Christmas Day (substitute day)")]
    [InlineData("2028-01-03", "New Year's Day (substitute day)")]
    public void IsBankHoliday_WeekendFixedDates_HaveSubstituteWeekdays(string date, string title) =>
        HolidayOn(date).ShouldBe(title);

    [Fact]
    public void DataFile_NamesItsSourceAndComputedYears()
    {
        using var stream = typeof(WorkingDayCalendar).Assembly.GetManifestResourceStream("PcnFlow.Engine.Calendar.england-and-wales-bank-holidays.json");
        stream.ShouldNotBeNull();
        using var document = JsonDocument.Parse(stream);
        var source = document.RootElement.GetProperty("source").GetString();

        source.ShouldNotBeNull();
        source.ShouldContain("https://www.gov.uk/bank-holidays.json");
        source.ShouldContain("2028, 2029 and 2030");
        source.ShouldContain("Banking and Financial Dealings Act 1971");
    }

    private static string? HolidayOn(string date)
    {
        Calendar.IsBankHoliday(DateOnly.Parse(date, null), out var title).ShouldBe(title is not null);
        return title;
    }
}
