using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace PcnFlow.Load;

/// <summary>
/// The HTTP ceiling's server: the load tool started again as its own process with <c>--http-write-server</c>. Kestrel
/// with one JSON endpoint that makes the raw limit's write (<see cref="RawWriteLimit"/>), and nothing else: no sign-in,
/// no ORM, no engine, no jobs. Whatever PcnFlow does per completion, an HTTP API on this machine cannot answer faster
/// than this does.
/// </summary>
public static class HttpWriteServer
{
    public const string Flag = "--http-write-server";

    /// <summary>Arguments: the flag, <c>sqlite PATH</c> or <c>postgres CONNECTION</c>, then the port.</summary>
    public static async Task RunAsync(IReadOnlyList<string> args)
    {
        var write = args[1] == "sqlite" ? await RawWriteLimit.SqliteWriterAsync(args[2]) : await RawWriteLimit.PostgresWriterAsync(args[2]);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{int.Parse(args[3], CultureInfo.InvariantCulture)}");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var app = builder.Build();
        app.MapGet("/ready", () => "ready");
        app.MapPost("/write", async (WriteRequest request) =>
        {
            await write(request.Task, 0);
            return new WriteResponse(request.Task, "Completed");
        });
        await app.RunAsync();
    }
}

/// <summary>A completion's shape, small: which task, and the form's one answer.</summary>
public sealed record WriteRequest(int Task, string Answer);

public sealed record WriteResponse(int Task, string State);
