using PcnFlow.Engine.Calendar;

namespace PcnFlow.Engine.Tests.Calendar;

public class UkTimeTests
{
    private static readonly TimeOnly NineAm = new(9, 0);

    [Fact]
    public void AtLocalTime_SummerMorning_IsBstOneHourAheadOfUtc()
    {
        var instant = UkTime.AtLocalTime(new DateOnly(2025, 7, 1), NineAm);

        instant.UtcDateTime.ShouldBe(new DateTime(2025, 7, 1, 8, 0, 0, DateTimeKind.Utc));
        instant.Offset.ShouldBe(TimeSpan.FromHours(1));
    }

    [Fact]
    public void AtLocalTime_WinterMorning_IsGmt()
    {
        var instant = UkTime.AtLocalTime(new DateOnly(2025, 12, 1), NineAm);

        instant.UtcDateTime.ShouldBe(new DateTime(2025, 12, 1, 9, 0, 0, DateTimeKind.Utc));
        instant.Offset.ShouldBe(TimeSpan.Zero);
    }

    [Fact]
    public void AtLocalTime_SkippedHourInMarch_MovesForwardAnHour() =>
        UkTime.AtLocalTime(new DateOnly(2026, 3, 29), new TimeOnly(1, 30)).ShouldBe(new DateTimeOffset(2026, 3, 29, 1, 30, 0, TimeSpan.Zero));

    [Fact]
    public void AtLocalTime_RepeatedHourInOctober_GivesTheBstOccurrence() =>
        UkTime.AtLocalTime(new DateOnly(2026, 10, 25), new TimeOnly(1, 30)).ShouldBe(new DateTimeOffset(2026, 10, 25, 0, 30, 0, TimeSpan.Zero));

    [Theory]
    [InlineData("2025-06-30T23:30:00Z", "2025-07-01")]
    [InlineData("2025-12-31T23:30:00Z", "2025-12-31")]
    [InlineData("2026-01-01T00:00:00Z", "2026-01-01")]
    [InlineData("2025-07-01T00:30:00+02:00", "2025-06-30")]
    public void Today_Instant_GivesLondonDate(string instant, string expected) =>
        UkTime.Today(DateTimeOffset.Parse(instant, null)).ShouldBe(DateOnly.Parse(expected, null));

    [Fact]
    public void EndOfDay_SummerDate_IsLondonMidnightInUtc() =>
        UkTime.EndOfDay(new DateOnly(2025, 7, 1)).ShouldBe(new DateTimeOffset(2025, 7, 1, 23, 0, 0, TimeSpan.Zero));

    [Fact]
    public void EndOfDay_WinterDate_IsUtcMidnight() =>
        UkTime.EndOfDay(new DateOnly(2025, 12, 1)).ShouldBe(new DateTimeOffset(2025, 12, 2, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public void EndOfDay_DayClocksGoForward_Is23HoursAfterStart()
    {
        var day = new DateOnly(2026, 3, 29);

        (UkTime.EndOfDay(day) - UkTime.EndOfDay(day.AddDays(-1))).ShouldBe(TimeSpan.FromHours(23));
    }

    [Fact]
    public void CreateFallbackLondon_Transitions_MatchTheRulesAt0100Utc()
    {
        var zone = UkTime.CreateFallbackLondon();

        zone.GetUtcOffset(new DateTimeOffset(2026, 3, 29, 0, 59, 0, TimeSpan.Zero)).ShouldBe(TimeSpan.Zero);
        zone.GetUtcOffset(new DateTimeOffset(2026, 3, 29, 1, 0, 0, TimeSpan.Zero)).ShouldBe(TimeSpan.FromHours(1));
        zone.GetUtcOffset(new DateTimeOffset(2026, 10, 25, 0, 59, 0, TimeSpan.Zero)).ShouldBe(TimeSpan.FromHours(1));
        zone.GetUtcOffset(new DateTimeOffset(2026, 10, 25, 1, 0, 0, TimeSpan.Zero)).ShouldBe(TimeSpan.Zero);
        zone.IsInvalidTime(new DateTime(2026, 3, 29, 1, 30, 0)).ShouldBeTrue();
        zone.IsAmbiguousTime(new DateTime(2026, 10, 25, 1, 30, 0)).ShouldBeTrue();
    }

    [Fact]
    public void CreateFallbackLondon_EveryHour2019To2030_AgreesWithSystemZone()
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById("Europe/London", out var system))
        {
            return;
        }

        var fallback = UkTime.CreateFallbackLondon();
        for (var instant = new DateTimeOffset(2019, 1, 1, 0, 0, 0, TimeSpan.Zero); instant.Year <= 2030; instant = instant.AddHours(1))
        {
            fallback.GetUtcOffset(instant).ShouldBe(system.GetUtcOffset(instant), instant.ToString("O", null));
        }
    }
}
