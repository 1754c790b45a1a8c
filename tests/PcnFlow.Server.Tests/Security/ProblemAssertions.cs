using System.Net;
using System.Text.Json;

namespace PcnFlow.Server.Tests.Security;

public static class ProblemAssertions
{
    // What an error body must never show: stack frames, exception and framework type names, SQL, connection strings, paths.
    private static readonly string[] Internals =
    [
        "Exception", "   at ", ".cs:line", "StackTrace", "System.", "Microsoft.", "PcnFlow.Server", "PcnFlow.Persistence",
        "SELECT ", "INSERT ", "UPDATE ", "DELETE FROM", "SQLite", "Npgsql", "Data Source=", "Host=", "Password=", "/tmp/", "/work/",
    ];

    /// <summary>Asserts an RFC 9457 problem details response with this status, and returns its JSON.</summary>
    public static async Task<JsonElement> ShouldBeProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, text);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json", text);
        using var json = JsonDocument.Parse(text);
        json.RootElement.GetProperty("status").GetInt32().ShouldBe((int)status);
        json.RootElement.GetProperty("title").GetString().ShouldNotBeNullOrWhiteSpace();
        return json.RootElement.Clone();
    }

    /// <summary>
    /// What is wrong with a response that should be problem details with <paramref name="status"/> and show nothing of
    /// the server's insides, or null when nothing is; for tests that collect the failures of many calls.
    /// </summary>
    public static string? ProblemFault(HttpStatusCode actual, string? mediaType, string body, HttpStatusCode status)
    {
        if (actual != status)
            return $"expected {(int)status}, got {(int)actual} {Truncate(body)}";
        if (mediaType != "application/problem+json")
            return $"expected application/problem+json, got {mediaType ?? "no content type"} {Truncate(body)}";
        try
        {
            using var json = JsonDocument.Parse(body);
            if (!json.RootElement.TryGetProperty("status", out var s) || s.GetInt32() != (int)status || !json.RootElement.TryGetProperty("title", out _))
                return $"problem details without its status and title: {Truncate(body)}";
        }
        catch (JsonException)
        {
            return $"a problem+json body that is not JSON: {Truncate(body)}";
        }
        return Leaks(body) is { Count: > 0 } leaks ? $"leaks {string.Join(", ", leaks)}: {Truncate(body)}" : null;
    }

    public static void ShouldNotLeakInternals(this string body) => Leaks(body).ShouldBeEmpty(body);

    public static IReadOnlyList<string> Leaks(string body) =>
        [.. Internals.Where(i => body.Contains(i, StringComparison.Ordinal)).Select(i => $"'{i}'")];

    /// <summary>A response body cut short for a failure message.</summary>
    public static string Truncate(string body) => body.Length <= 200 ? body : body[..200] + "…";
}
