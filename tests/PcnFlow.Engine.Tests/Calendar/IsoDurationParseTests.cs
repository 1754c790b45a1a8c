using PcnFlow.Engine.Calendar;

namespace PcnFlow.Engine.Tests.Calendar;

public class IsoDurationParseTests
{
    [Theory]
    [InlineData("P1Y", 1, 0, 0, 0)]
    [InlineData("P2M", 0, 2, 0, 0)]
    [InlineData("P3D", 0, 0, 3, 0)]
    [InlineData("P2W", 0, 0, 14, 0)]
    [InlineData("P1W3D", 0, 0, 10, 0)]
    [InlineData("P1Y2M3DT4H5M6S", 1, 2, 3, 14_706)]
    [InlineData("PT36H", 0, 0, 0, 129_600)]
    [InlineData("pt15m", 0, 0, 0, 900)]
    [InlineData("  P5D  ", 0, 0, 5, 0)]
    public void Parse_IsoText_ReadsEachPart(string text, int years, int months, int days, int seconds)
    {
        var duration = IsoDuration.Parse(text);

        duration.Negative.ShouldBeFalse();
        duration.Years.ShouldBe(years);
        duration.Months.ShouldBe(months);
        duration.Days.ShouldBe(days);
        duration.Time.ShouldBe(TimeSpan.FromSeconds(seconds));
    }

    [Theory]
    [InlineData("PT1.5S", 15_000_000)]
    [InlineData("PT0,25S", 2_500_000)]
    [InlineData("PT0.000000123S", 1)]
    public void Parse_FractionalSeconds_KeepsTicks(string text, long ticks) =>
        IsoDuration.Parse(text).Time.Ticks.ShouldBe(ticks);

    [Fact]
    public void Parse_LeadingMinus_IsNegativeWithPositiveParts()
    {
        var duration = IsoDuration.Parse("-P3D");

        duration.Negative.ShouldBeTrue();
        duration.Days.ShouldBe(3);
        duration.TotalDaysApprox.ShouldBe(-3);
    }

    [Theory]
    [InlineData("P0D")]
    [InlineData("PT0S")]
    [InlineData("-P0D")]
    [InlineData("00:00:00")]
    public void Parse_Zero_EqualsDefaultAndIsNotNegative(string text)
    {
        var duration = IsoDuration.Parse(text);

        duration.ShouldBe(default);
        duration.Negative.ShouldBeFalse();
        duration.ToString().ShouldBe("P0D");
    }

    [Theory]
    [InlineData("00:00:05", false, 0, 5)]
    [InlineData("1.02:03:04", false, 1, 7_384)]
    [InlineData("-00:30:00", true, 0, 1_800)]
    [InlineData("-2.00:00:00", true, 2, 0)]
    public void Parse_TimeSpanText_SplitsDaysFromTime(string text, bool negative, int days, int seconds)
    {
        var duration = IsoDuration.Parse(text);

        duration.Negative.ShouldBe(negative);
        duration.Days.ShouldBe(days);
        duration.Time.ShouldBe(TimeSpan.FromSeconds(seconds));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("P")]
    [InlineData("PT")]
    [InlineData("P1X")]
    [InlineData("P1DT")]
    [InlineData("1D")]
    [InlineData("5")]
    [InlineData("P1H")]
    [InlineData("PT1D")]
    [InlineData("P1D2M")]
    [InlineData("P1D1D")]
    [InlineData("P1.5D")]
    [InlineData("PT1.S")]
    [InlineData("P-1D")]
    [InlineData("--P1D")]
    [InlineData("P1DTT1H")]
    [InlineData("P99999999999D")]
    [InlineData("PT9999999999H")]
    [InlineData("P1D ago")]
    [InlineData("1:99:00")]
    [InlineData("nonsense:")]
    public void TryParse_Garbage_ReturnsFalse(string text)
    {
        IsoDuration.TryParse(text, out var value).ShouldBeFalse();
        value.ShouldBe(default);
    }

    [Fact]
    public void TryParse_Null_ReturnsFalse() => IsoDuration.TryParse(null, out _).ShouldBeFalse();

    [Fact]
    public void Parse_UnknownUnit_ThrowsFormatExceptionNamingTheProblem()
    {
        var ex = Should.Throw<FormatException>(() => IsoDuration.Parse("P1X"));

        ex.Message.ShouldContain("'P1X' is not a valid duration");
        ex.Message.ShouldContain("'X' is not a unit of date");
        ex.Message.ShouldContain("P5D (5 days)");
    }

    [Fact]
    public void Parse_Empty_ThrowsFormatExceptionSayingNoneWasGiven() =>
        Should.Throw<FormatException>(() => IsoDuration.Parse("")).Message.ShouldContain("none was given");

    [Theory]
    [InlineData("P1Y2M3DT4H5M6S", "P1Y2M3DT4H5M6S")]
    [InlineData("-P3D", "-P3D")]
    [InlineData("P2W", "P14D")]
    [InlineData("PT36H", "PT36H")]
    [InlineData("PT90M", "PT1H30M")]
    [InlineData("PT1.5S", "PT1.5S")]
    [InlineData("pt0,0000001s", "PT0.0000001S")]
    [InlineData("00:00:05", "PT5S")]
    [InlineData("1.02:03:04", "P1DT2H3M4S")]
    [InlineData("-00:30:00", "-PT30M")]
    [InlineData("P1DT0H", "P1D")]
    public void ToString_AfterParse_IsCanonicalIsoText(string text, string expected) =>
        IsoDuration.Parse(text).ToString().ShouldBe(expected);

    [Theory]
    [InlineData("P1Y2M3W4DT5H6M7.891S")]
    [InlineData("-P1M")]
    [InlineData("PT25H")]
    [InlineData("-1.02:03:04.5")]
    [InlineData("P0D")]
    public void Parse_OwnToString_RoundTripsToEqualValue(string text)
    {
        var duration = IsoDuration.Parse(text);

        IsoDuration.Parse(duration.ToString()).ShouldBe(duration);
    }
}
