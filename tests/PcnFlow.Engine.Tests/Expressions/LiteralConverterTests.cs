using System.Text.Json.Nodes;
using PcnFlow.Engine.Expressions;

namespace PcnFlow.Engine.Tests.Expressions;

public class LiteralConverterTests
{
    [Fact]
    public void FromJson_Values_BecomePlainClrValues()
    {
        LiteralConverter.FromJson(JsonNode.Parse("\"text\"")).ShouldBe("text");
        LiteralConverter.FromJson(JsonNode.Parse("3")).ShouldBeOfType<double>().ShouldBe(3.0);
        LiteralConverter.FromJson(JsonValue.Create(7)).ShouldBe(7.0);
        LiteralConverter.FromJson(JsonNode.Parse("true")).ShouldBe(true);
        LiteralConverter.FromJson(null).ShouldBeNull();
    }

    [Fact]
    public void FromJson_ObjectsAndArrays_AreCloned()
    {
        var original = new JsonObject { ["a"] = 1 };

        var copy = LiteralConverter.FromJson(original).ShouldBeOfType<JsonObject>();

        copy.ShouldNotBeSameAs(original);
        copy.ToJsonString().ShouldBe("""{"a":1}""");
        LiteralConverter.FromJson(new JsonArray(1, 2)).ShouldBeOfType<JsonArray>().Count.ShouldBe(2);
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("", false)]
    [InlineData("False", false)]
    [InlineData("true", true)]
    [InlineData("0", false)]
    [InlineData("yes", true)]
    [InlineData(0.0, false)]
    [InlineData(2.0, true)]
    [InlineData(1, true)]
    public void ToBoolean_Values_FollowTruthiness(object? value, bool expected) =>
        LiteralConverter.ToBoolean(value).ShouldBe(expected);

    [Fact]
    public void ToText_Values_AreInvariantAndIso()
    {
        LiteralConverter.ToText(3.0).ShouldBe("3");
        LiteralConverter.ToText(2.5).ShouldBe("2.5");
        LiteralConverter.ToText(12L).ShouldBe("12");
        LiteralConverter.ToText(true).ShouldBe("true");
        LiteralConverter.ToText(new DateTimeOffset(2024, 3, 5, 10, 0, 0, TimeSpan.Zero)).ShouldBe("2024-03-05T10:00:00+00:00");
        LiteralConverter.ToText(new JsonObject { ["a"] = "b" }).ShouldBe("""{"a":"b"}""");
        LiteralConverter.ToText(JsonValue.Create("plain")).ShouldBe("plain");
        LiteralConverter.ToText(null).ShouldBeNull();
    }

    [Fact]
    public void ToNumber_Values_AreDoubles()
    {
        LiteralConverter.ToNumber(5).ShouldBe(5.0);
        LiteralConverter.ToNumber(1.5m).ShouldBe(1.5);
        LiteralConverter.ToNumber("2.25").ShouldBe(2.25);
        LiteralConverter.ToNumber(JsonNode.Parse("4")).ShouldBe(4.0);
        LiteralConverter.ToNumber("abc").ShouldBeNull();
        LiteralConverter.ToNumber(null).ShouldBeNull();
    }

    [Fact]
    public void ToDateTime_IsoText_IsParsed()
    {
        LiteralConverter.ToDateTime("2024-03-05").ShouldBe(new DateTimeOffset(2024, 3, 5, 0, 0, 0, TimeSpan.Zero));
        LiteralConverter.ToDateTime("2024-03-05T10:15:00+01:00").ShouldBe(new DateTimeOffset(2024, 3, 5, 10, 15, 0, TimeSpan.FromHours(1)));
        LiteralConverter.ToDateTime("not a date").ShouldBeNull();
        LiteralConverter.ToDateTime(new DateOnly(2024, 1, 2)).ShouldBe(new DateTimeOffset(2024, 1, 2, 0, 0, 0, TimeSpan.Zero));
    }

    [Theory]
    [InlineData("0", "Int32", 0.0)]
    [InlineData("42", "System.Int64", 42.0)]
    [InlineData("2.5", "Double", 2.5)]
    [InlineData("2.5", "Decimal", 2.5)]
    public void ConvertTo_NumericTypeNames_GiveDoubles(string text, string typeName, double expected) =>
        LiteralConverter.ConvertTo(text, typeName).ShouldBeOfType<double>().ShouldBe(expected);

    [Fact]
    public void ConvertTo_ElsaTypeNames_ConvertTextValues()
    {
        LiteralConverter.ConvertTo("True", "Boolean").ShouldBe(true);
        LiteralConverter.ConvertTo(JsonValue.Create("false"), "Boolean").ShouldBe(false);
        LiteralConverter.ConvertTo(7.0, "String").ShouldBe("7");
        LiteralConverter.ConvertTo("2024-03-05", "DateTime").ShouldBe(new DateTimeOffset(2024, 3, 5, 0, 0, 0, TimeSpan.Zero));
        LiteralConverter.ConvertTo("""["a","b"]""", "String[]").ShouldBeOfType<JsonArray>().Count.ShouldBe(2);
        LiteralConverter.ConvertTo("""{"a":1}""", "Object").ShouldBeOfType<JsonObject>()["a"]!.GetValue<double>().ShouldBe(1);
        LiteralConverter.ConvertTo("plain", "Object").ShouldBe("plain");
        LiteralConverter.ConvertTo("", "Int32").ShouldBeNull();
        LiteralConverter.ConvertTo("", "String").ShouldBe("");
        LiteralConverter.ConvertTo(null, "Int32").ShouldBeNull();
    }

    [Theory]
    [InlineData("abc", "Int32")]
    [InlineData("2.5", "Int32")]
    [InlineData("maybe", "Boolean")]
    [InlineData("soon", "DateTime")]
    [InlineData("not json", "String[]")]
    public void ConvertTo_UnreadableText_ThrowsFormatException(string text, string typeName) =>
        Should.Throw<FormatException>(() => LiteralConverter.ConvertTo(text, typeName)).Message.ShouldContain(text);
}
