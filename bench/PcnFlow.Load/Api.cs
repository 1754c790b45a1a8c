using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PcnFlow.Load;

/// <summary>
/// One HTTP connection pool to the server shared by every simulated person; each <see cref="Session"/> carries its
/// own sign-in cookie. Every call is timed under its route template, so the report can give per-endpoint latency.
/// </summary>
public sealed class Api(Uri baseAddress, int connections, LatencyRecorder recorder) : IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { UseCookies = false, MaxConnectionsPerServer = connections, PooledConnectionLifetime = TimeSpan.FromMinutes(30) })
    {
        BaseAddress = baseAddress,
        Timeout = TimeSpan.FromMinutes(5),
    };

    public LatencyRecorder Recorder => recorder;

    /// <summary>Signs in with a cookie, as the web app does.</summary>
    public async Task<Session> SignInAsync(string email, string password)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/login?useCookies=true") { Content = JsonContent.Create(new { email, password }) };
        using var response = await TimedAsync("POST /api/auth/login", request);
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"Sign-in as {email} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        var cookies = response.Headers.TryGetValues("Set-Cookie", out var values)
            ? string.Join("; ", values.Select(v => v.Split(';')[0]))
            : throw new InvalidOperationException($"Sign-in as {email} set no cookie.");
        return new Session(this, email, cookies);
    }

    internal async Task<HttpResponseMessage> TimedAsync(string endpoint, HttpRequestMessage request)
    {
        var started = Stopwatch.GetTimestamp();
        var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead);
        recorder.Record(endpoint, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        if (!response.IsSuccessStatusCode)
            recorder.Fail(endpoint, ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
        return response;
    }

    public void Dispose() => _http.Dispose();
}

/// <summary>A signed-in person. Writes send X-Requested-With, which the server asks of cookie-signed-in writes.</summary>
public sealed class Session(Api api, string email, string cookie)
{
    public string Email => email;

    public Task<JsonNode> GetAsync(string endpoint, string url) => SendAsync(endpoint, HttpMethod.Get, url, null);

    public Task<JsonNode> PostAsync(string endpoint, string url, object body) => SendAsync(endpoint, HttpMethod.Post, url, body);

    /// <summary>Like <see cref="PostAsync"/>, but a refusal is returned (status and body) instead of thrown.</summary>
    public async Task<(HttpStatusCode Status, string Body)> TryPostAsync(string endpoint, string url, object body)
    {
        using var request = Request(HttpMethod.Post, url, body);
        using var response = await api.TimedAsync(endpoint, request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private async Task<JsonNode> SendAsync(string endpoint, HttpMethod method, string url, object? body)
    {
        using var request = Request(method, url, body);
        using var response = await api.TimedAsync(endpoint, request);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"{method} {url} as {email}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text.Length == 0 ? "{}" : text)!;
    }

    private HttpRequestMessage Request(HttpMethod method, string url, object? body)
    {
        var request = new HttpRequestMessage(method, url);
        request.Headers.Add("Cookie", cookie);
        if (method != HttpMethod.Get)
            request.Headers.Add("X-Requested-With", "PcnFlow.Load");
        if (body != null)
            request.Content = JsonContent.Create(body, options: JsonOptions);
        return request;
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);
}
