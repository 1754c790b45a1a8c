using System.Collections.Concurrent;
using Ganss.Xss;
using Markdig;

namespace PcnFlow.Server.Notifications;

/// <summary>Markdown to HTML with anything active stripped, because instructions are written by people, not us.</summary>
internal sealed class SafeMarkdown
{
    // Instructions come from published definitions, so a few hundred texts are shown over and over; rendering
    // and sanitising each one on every task read was over 1% of the server's CPU under load.
    private const int MostKept = 1024;
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().DisableHtml().Build();
    private readonly HtmlSanitizer _sanitizer = new();
    private readonly ConcurrentDictionary<string, string> _rendered = new(StringComparer.Ordinal);

    public string ToHtml(string? markdown)
    {
        if (string.IsNullOrEmpty(markdown))
            return "";
        if (_rendered.TryGetValue(markdown, out var html))
            return html;
        html = _sanitizer.Sanitize(Markdown.ToHtml(markdown, Pipeline));
        // Starting again when full keeps memory bounded without tracking use; a clear costs one render per text.
        if (_rendered.Count >= MostKept)
            _rendered.Clear();
        _rendered[markdown] = html;
        return html;
    }
}
