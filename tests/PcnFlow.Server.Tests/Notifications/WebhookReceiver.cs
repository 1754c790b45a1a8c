using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace PcnFlow.Server.Tests.Notifications;

/// <summary>A real local HTTP endpoint standing in for a Teams or Slack incoming webhook; it records every POST.</summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;

    private WebhookReceiver(WebApplication app) => _app = app;

    public ConcurrentQueue<(string? Key, string Body)> Posts { get; } = new();

    /// <summary>The status every POST gets; 200 unless a test wants the hook to fail.</summary>
    public int StatusCode { get; set; } = StatusCodes.Status200OK;

    public string Url { get; private set; } = "";

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.MapPost("/hook", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            receiver.Posts.Enqueue((request.Headers["X-PcnFlow-Key"].ToString(), await reader.ReadToEndAsync()));
            return Results.StatusCode(receiver.StatusCode);
        });
        await app.StartAsync();
        receiver.Url = app.Urls.First().TrimEnd('/') + "/hook";
        return receiver;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
