using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using DotLiquid;

namespace PcnFlow.Server.Notifications;

/// <summary>
/// Renders the Liquid templates embedded from <c>Notifications/Templates</c> with DotLiquid (the engine's Liquid
/// library). Each message has a subject, a plain-text and an HTML template; the HTML body is wrapped in
/// <c>layout.html</c>. The HTML templates see every value HTML-encoded, except keys ending in <c>_html</c>,
/// which hold HTML we made safe ourselves (sanitised Markdown), so no template can forget to escape what a
/// person wrote. Values are never parsed as Liquid, so a title containing <c>{{ }}</c> prints as written.
/// </summary>
internal sealed partial class MailTemplates
{
    public const string ResourcePrefix = "PcnFlow.Templates.";

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");
    private readonly ConcurrentDictionary<string, Template> _parsed = new(StringComparer.Ordinal);

    public ComposedMessage Render(string name, IReadOnlyDictionary<string, object?> model)
    {
        var subject = OneLine(RenderFile($"{name}.subject", ToHash(model, html: false)));
        var text = Tidy(RenderFile($"{name}.txt", ToHash(model, html: false)));
        var page = ToHash(model, html: true);
        page["body_html"] = RenderFile($"{name}.html", ToHash(model, html: true));
        page["subject"] = WebUtility.HtmlEncode(subject);
        return new ComposedMessage(subject, text, RenderFile("layout.html", page));
    }

    /// <summary>The names of the embedded templates, e.g. <c>reminder.txt</c>.</summary>
    public static IEnumerable<string> Names() => typeof(MailTemplates).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
        .Select(n => n[ResourcePrefix.Length..^".liquid".Length]);

    private string RenderFile(string file, Hash model) =>
        _parsed.GetOrAdd(file, Load).Render(new RenderParameters(English) { LocalVariables = model, ErrorsOutputMode = ErrorsOutputMode.Rethrow });

    private static Template Load(string file)
    {
        using var stream = typeof(MailTemplates).Assembly.GetManifestResourceStream($"{ResourcePrefix}{file}.liquid")
            ?? throw new InvalidOperationException($"There is no mail template '{file}'.");
        using var reader = new StreamReader(stream);
        var template = Template.Parse(reader.ReadToEnd());
        template.MakeThreadSafe();
        return template;
    }

    private static Hash ToHash(IReadOnlyDictionary<string, object?> model, bool html)
    {
        var hash = new Hash();
        foreach (var (key, value) in model)
            hash[key] = key.EndsWith("_html", StringComparison.Ordinal) ? value : ToLiquid(value, html);
        return hash;
    }

    private static object? ToLiquid(object? value, bool html) => value switch
    {
        null => null,
        string s => html ? WebUtility.HtmlEncode(s) : s,
        IReadOnlyDictionary<string, object?> map => ToHash(map, html),
        IEnumerable list => list.Cast<object?>().Select(v => ToLiquid(v, html)).ToList(),
        _ => value,
    };

    // Liquid tags leave blank lines behind; a plain-text email reads better without runs of them.
    private static string Tidy(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.TrimEnd());
        return BlankRuns().Replace(string.Join('\n', lines), "\n\n").Trim() + "\n";
    }

    private static string OneLine(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex BlankRuns();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
