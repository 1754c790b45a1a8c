namespace PcnFlow.Engine.Tests.Properties;

/// <summary>Compares long texts line by line and reports the first difference, which a character diff of kilobytes of JSON hides.</summary>
internal static class Lines
{
    public static void ShouldMatch(IReadOnlyList<string> actual, IReadOnlyList<string> expected, string what)
    {
        var common = Math.Min(actual.Count, expected.Count);
        for (var i = 0; i < common; i++)
        {
            if (actual[i] != expected[i])
                throw new ShouldAssertException($"{what} differ at line {i + 1}:{Environment.NewLine}  expected: {expected[i]}{Environment.NewLine}  actual:   {actual[i]}");
        }
        if (actual.Count != expected.Count)
        {
            var extra = actual.Count > expected.Count ? $"actual has more, from: {actual[common]}" : $"expected has more, from: {expected[common]}";
            throw new ShouldAssertException($"{what} differ in length ({actual.Count} against {expected.Count}); {extra}");
        }
    }

    public static string[] Of(string text) => text.Split('\n');
}
