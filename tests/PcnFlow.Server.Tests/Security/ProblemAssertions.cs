using System.Net;
using System.Text.Json;

namespace PcnFlow.Server.Tests.Security;

public static class ProblemAssertions
{
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
}
