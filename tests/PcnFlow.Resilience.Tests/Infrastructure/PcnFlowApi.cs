using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PcnFlow.Resilience.Tests.Infrastructure;

/// <summary>The few HTTP calls these suites make, as a signed-in person (bearer token) against one server.</summary>
public sealed class PcnFlowApi : IDisposable
{
    private readonly HttpClient _http;

    private PcnFlowApi(Uri baseUrl, string token)
    {
        _http = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(100) };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }

    public static string DemoEmail(string name) => $"{name}@demo.pcnflow.test";

    public static async Task<PcnFlowApi> SignInAsync(Uri baseUrl, string name)
    {
        using var anonymous = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(100) };
        using var response = await anonymous.PostAsJsonAsync("/api/auth/login", new { email = DemoEmail(name), password = ServerProcess.DemoPassword });
        await EnsureAsync(response, "sign-in");
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return new PcnFlowApi(baseUrl, body.RootElement.GetProperty("accessToken").GetString()!);
    }

    /// <summary>Imports a definition and publishes it as a new version.</summary>
    public async Task PublishAsync(string definitionId, string json)
    {
        using var imported = await _http.PostAsync(new Uri("/api/workflow-definitions/import", UriKind.Relative), new StringContent(json, Encoding.UTF8, "application/json"));
        await EnsureAsync(imported, "import");
        using var publish = new HttpRequestMessage(HttpMethod.Post, $"/api/workflow-definitions/{definitionId}/publish") { Content = JsonContent.Create(new { versionNote = "resilience suite" }) };
        publish.Headers.TryAddWithoutValidation("If-Match", imported.Headers.ETag?.ToString());
        using var published = await _http.SendAsync(publish);
        await EnsureAsync(published, "publish");
    }

    public async Task<Guid> PcnIdAsync(string name)
    {
        var organisations = await GetJsonAsync("/api/organisations?pageSize=100");
        var items = organisations is JsonObject page ? page["items"]!.AsArray() : organisations.AsArray();
        return items.Where(o => (string?)o!["name"] == name).Select(o => Guid.Parse((string)o!["id"]!)).Single();
    }

    public async Task<string> StartAsync(string definitionId, Guid pcnId, DateOnly day0)
    {
        using var response = await _http.PostAsJsonAsync("/api/workflow-instances", new { definitionId, pcnId, day0 = day0.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) });
        await EnsureAsync(response, "start");
        return (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["id"]!;
    }

    /// <summary>An instance as GET /api/workflow-instances/{id} shows it: summary, open tasks, waits and incidents.</summary>
    public Task<JsonNode> InstanceAsync(string instanceId) => GetJsonAsync($"/api/workflow-instances/{instanceId}");

    /// <summary>The open tasks of an instance: id, activity id and kind.</summary>
    public async Task<IReadOnlyList<(Guid Id, string ActivityId, string Kind)>> OpenTasksAsync(string instanceId)
    {
        var detail = await GetJsonAsync($"/api/workflow-instances/{instanceId}");
        return [.. detail["openTasks"]!.AsArray().Select(t => (Guid.Parse((string)t!["id"]!), (string)t["activityId"]!, (string)t["kind"]!))];
    }

    /// <summary>Completes a task (or decides a sign-off); the status code is the answer, whatever it is.</summary>
    public async Task<HttpStatusCode> CompleteAsync(Guid taskId, CancellationToken ct) =>
        await PostStatusAsync($"/api/tasks/{taskId}/complete", new { outcome = "Done" }, ct);

    public async Task<HttpStatusCode> ApproveAsync(Guid taskId, CancellationToken ct) =>
        await PostStatusAsync($"/api/tasks/{taskId}/decision", new { decision = "Approved" }, ct);

    public void Dispose() => _http.Dispose();

    private async Task<HttpStatusCode> PostStatusAsync(string path, object body, CancellationToken ct)
    {
        using var response = await _http.PostAsJsonAsync(path, body, ct);
        return response.StatusCode;
    }

    private async Task<JsonNode> GetJsonAsync(string path)
    {
        using var response = await _http.GetAsync(new Uri(path, UriKind.Relative));
        await EnsureAsync(response, path);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static async Task EnsureAsync(HttpResponseMessage response, string what)
    {
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"{what}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}
