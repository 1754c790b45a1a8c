namespace PcnFlow.Engine.Tasks;

/// <summary>The kinds of form field.</summary>
public static class FieldKinds
{
    /// <summary>A line of text.</summary>
    public const string Text = "text";

    /// <summary>Paragraphs of text.</summary>
    public const string LongText = "longText";

    /// <summary>A number, optionally between min and max.</summary>
    public const string Number = "number";

    /// <summary>A date (yyyy-MM-dd).</summary>
    public const string Date = "date";

    /// <summary>One of the options.</summary>
    public const string Select = "select";

    /// <summary>Any of the options.</summary>
    public const string MultiSelect = "multiSelect";

    /// <summary>A tick box; required means it must be ticked.</summary>
    public const string Checkbox = "checkbox";

    /// <summary>A whole number from 1 to max (default 5).</summary>
    public const string Rating = "rating";

    /// <summary>An http(s) link to evidence.</summary>
    public const string EvidenceLink = "evidenceLink";

    /// <summary>A grid of domains with current and target levels.</summary>
    public const string MaturityMatrix = "maturityMatrix";

    /// <summary>Every kind.</summary>
    public static readonly IReadOnlyList<string> All = [Text, LongText, Number, Date, Select, MultiSelect, Checkbox, Rating, EvidenceLink, MaturityMatrix];

    /// <summary>The canonical spelling of a kind, or null.</summary>
    public static string? Normalise(string? kind) => All.FirstOrDefault(k => string.Equals(k, kind, StringComparison.OrdinalIgnoreCase));
}
