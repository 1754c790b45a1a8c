using PcnFlow.Engine.Calendar;

namespace PcnFlow.Engine.Tests.Calendar;

public class IsoDurationTests
{
    [Theory]
    [InlineData("2025-01-31", "P1M", "2025-02-28")]
    [InlineData("2024-01-31", "P1M", "2024-02-29")]
    [InlineData("2025-01-31", "P1M1D", "2025-03-01")]
    [InlineData("2025-03-31", "-P1M", "2025-02-28")]
    [InlineData("2024-02-29", "P1Y", "2025-02-28")]
    [InlineData("2024-02-29", "P1Y1M", "2025-03-29")]
    [InlineData("2025-12-25", "P2W", "2026-01-08")]
    [InlineData("2026-01-02", "-P3D", "2025-12-30")]
    [InlineData("2025-06-30", "PT48H", "2025-06-30")]
    public void AddTo_Date_FollowsCalendarMonths(string start, string duration, string expected) =>
        IsoDuration.Parse(duration).AddTo(DateOnly.Parse(start)).ShouldBe(DateOnly.Parse(expected));

    [Fact]
    public void AddTo_InstantAcrossMonthEnd_ClampsThenAddsTime()
    {
        var start = new DateTimeOffset(2025, 1, 31, 22, 0, 0, TimeSpan.Zero);

        IsoDuration.Parse("P1MT3H").AddTo(start).ShouldBe(new DateTimeOffset(2025, 3, 1, 1, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void AddTo_NegativeInstant_SubtractsEveryPart()
    {
        var start = new DateTimeOffset(2025, 3, 1, 1, 0, 0, TimeSpan.FromHours(1));

        var result = IsoDuration.Parse("-P1DT2H").AddTo(start);

        result.ShouldBe(new DateTimeOffset(2025, 2, 27, 23, 0, 0, TimeSpan.FromHours(1)));
        result.Offset.ShouldBe(TimeSpan.FromHours(1));
    }

    [Fact]
    public void AddTo_TimeSpanText_AddsElapsedTime()
    {
        var start = new DateTimeOffset(2025, 12, 31, 23, 59, 58, TimeSpan.Zero);

        IsoDuration.Parse("00:00:05").AddTo(start).ShouldBe(new DateTimeOffset(2026, 1, 1, 0, 0, 3, TimeSpan.Zero));
    }

    [Theory]
    [InlineData("P5D", true)]
    [InlineData("P1Y2M", true)]
    [InlineData("P0D", true)]
    [InlineData("PT1H", false)]
    [InlineData("P1DT1S", false)]
    [InlineData("1.00:00:00", true)]
    public void IsDayBased_ByTimePart_IsTrueOnlyWithoutTime(string text, bool expected) =>
        IsoDuration.Parse(text).IsDayBased.ShouldBe(expected);

    [Theory]
    [InlineData("P1Y", 365)]
    [InlineData("P2M", 60)]
    [InlineData("P1W", 7)]
    [InlineData("PT49H", 2)]
    [InlineData("-P1M5D", -35)]
    [InlineData("PT5S", 0)]
    public void TotalDaysApprox_CountsYearsAndMonthsRoughly(string text, int expected) =>
        IsoDuration.Parse(text).TotalDaysApprox.ShouldBe(expected);
}
