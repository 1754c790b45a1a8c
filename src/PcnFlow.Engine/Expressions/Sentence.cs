namespace PcnFlow.Engine.Expressions;

/// <summary>Incident texts are read as sentences, but the messages inside them (Jint's, DotLiquid's, a script's own) rarely end like one.</summary>
internal static class Sentence
{
    /// <summary>The text with a full stop added, unless it already ends with one (or with ? or !).</summary>
    public static string End(string text)
    {
        var trimmed = text.TrimEnd();
        return trimmed.Length == 0 || trimmed[^1] is '.' or '?' or '!' ? trimmed : trimmed + ".";
    }
}
