using System.Collections;
using System.Globalization;
using DotLiquid;
using PcnFlow.Engine.Expressions;

namespace PcnFlow.Engine.Tests.Expressions;

/// <summary>The cached arithmetic filters give exactly what DotLiquid's own give, value, type and failure alike.</summary>
public class LiquidMathsFiltersTests
{
    private static readonly object?[] Values =
    [
        null, 0, 1, -7, int.MaxValue, 2L, long.MaxValue, 0.0, 2.5, -0.1, 1e300, double.NaN, 0.1m, 3m, 2.5f, "3", "2.5", "abc", "", true,
    ];

    private static readonly (string Name, Func<Context, object?, object?, object?> Ours, Func<Context, object, object, object> Theirs)[] Filters =
    [
        ("plus", LiquidMathsFilters.Plus, StandardFilters.Plus),
        ("minus", LiquidMathsFilters.Minus, StandardFilters.Minus),
        ("times", LiquidMathsFilters.Times, StandardFilters.Times),
        ("divided_by", LiquidMathsFilters.DividedBy, StandardFilters.DividedBy),
        ("modulo", LiquidMathsFilters.Modulo, StandardFilters.Modulo),
    ];

    [Theory]
    [InlineData(SyntaxCompatibility.DotLiquid20)]
    [InlineData(SyntaxCompatibility.DotLiquid21)]
    [InlineData(SyntaxCompatibility.DotLiquid22)]
    public void EveryOperationAndOperandPair_MatchesDotLiquid(SyntaxCompatibility level)
    {
        var context = new Context(CultureInfo.InvariantCulture) { SyntaxCompatibilityLevel = level };
        var mismatches = new List<string>();

        foreach (var (name, ours, theirs) in Filters)
        {
            foreach (var input in Values)
            {
                foreach (var operand in Values)
                {
                    var expected = Outcome(() => theirs(context, input!, operand!));
                    var actual = Outcome(() => ours(context, input, operand));
                    if (expected != actual)
                        mismatches.Add($"{Show(input)} | {name}: {Show(operand)} gave {actual}, DotLiquid gives {expected}");
                }
            }
        }

        mismatches.ShouldBeEmpty();
    }

    [Fact]
    public void Plus_InATemplate_AddsToANumberVariable() =>
        new LiquidRenderer().Render("({{ variables.N | plus: 1 }} of 6)", new FakeScope().WithVariable("N", 2.0)).ShouldBe("(3 of 6)");

    private static string Outcome(Func<object?> run)
    {
        try
        {
            return Show(run());
        }
        catch (Exception e)
        {
            return "throws " + (e is System.Reflection.TargetInvocationException { InnerException: { } inner } ? inner : e).GetType().Name;
        }
    }

    private static string Show(object? value) => value switch
    {
        null => "null",
        string text => $"\"{text}\"",
        // "abc" | times: 2147483647 repeats lazily; the first few items are enough to compare.
        IEnumerable items => "[" + string.Join(", ", items.Cast<object?>().Take(3).Select(Show)) + ", ...]",
        IFormattable number => $"{number.ToString(null, CultureInfo.InvariantCulture)} ({value.GetType().Name})",
        _ => $"{value} ({value.GetType().Name})",
    };
}
