using Ganss.Xss;
using Markdig;

namespace PcnFlow.Server.Notifications;

/// <summary>Markdown to HTML with anything active stripped, because instructions are written by people, not us.</summary>
internal sealed class SafeMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().DisableHtml().Build();
    private readonly HtmlSanitizer _sanitizer = new();

    public string ToHtml(string? markdown) => string.IsNullOrEmpty(markdown) ? "" : _sanitizer.Sanitize(Markdown.ToHtml(markdown, Pipeline));
}
