using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace PcnFlow.Server.Tests.Definitions;

/// <summary>Assertions on API answers: the status, and for errors the RFC 9457 body and the field it names.</summary>
public static class ApiAssert
{
    public static async Task<JsonObject> OkJsonAsync(this HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(expected, text);
        return (JsonObject)JsonNode.Parse(text)!;
    }

    /// <summary>Asserts a problem-details answer with <paramref name="status"/> and returns it.</summary>
    public static async Task<JsonObject> ProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, text);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json", text);
        var problem = (JsonObject)JsonNode.Parse(text)!;
        problem["status"]!.GetValue<int>().ShouldBe((int)status);
        return problem;
    }

    /// <summary>Asserts a 400 whose <c>errors</c> name <paramref name="key"/>, and returns that key's messages.</summary>
    public static async Task<IReadOnlyList<string>> ErrorsForAsync(this HttpResponseMessage response, string key)
    {
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        var errors = problem["errors"]!.AsObject();
        errors.ContainsKey(key).ShouldBeTrue($"Expected an error for '{key}' but got: {errors.ToJsonString()}");
        var messages = errors[key]!.AsArray().Select(m => m!.GetValue<string>()).ToList();
        messages.ShouldAllBe(m => m.Length > 10);
        return messages;
    }

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, JsonNode body) =>
        client.PostAsync(url, JsonContent.Create(body));

    public static Task<HttpResponseMessage> PutJsonAsync(this HttpClient client, string url, JsonNode body, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body) };
        if (ifMatch != null)
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return client.SendAsync(request);
    }
}
