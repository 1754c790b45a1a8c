using System.Diagnostics;
using System.Net.Http.Headers;
using PcnFlow.Server.Tests.Definitions;
using PcnFlow.Server.Tests.Security;
using Xunit.Abstractions;

namespace PcnFlow.Server.Tests.Hostile;

/// <summary>
/// Seeded mutations of every shipped and conformance definition go to validate and import. CI runs 1,500;
/// PCNFLOW_FUZZ_COUNT=10000 runs the full set (and PCNFLOW_FUZZ_SEED another seed).
/// </summary>
[Collection(AppHosts.Name)]
public sealed class MutatedDefinitionTests(SecuredApp app, ITestOutputHelper output) : IClassFixture<SecuredApp>
{
    private const long BodyLimit = 1024 * 1024;

    private static int Count => int.TryParse(Environment.GetEnvironmentVariable("PCNFLOW_FUZZ_COUNT"), out var n) && n > 0 ? n : 1500;

    private static int Seed => int.TryParse(Environment.GetEnvironmentVariable("PCNFLOW_FUZZ_SEED"), out var s) ? s : 20261123;

    [Fact]
    public async Task Mutated_definitions_never_cause_a_500_and_every_refusal_names_a_location()
    {
        using var admin = await app.World.ClientForAsync("admin");
        var failures = new List<string>();
        var (accepted, refused, tooLarge) = (0, 0, 0);
        var clock = Stopwatch.StartNew();

        foreach (var mutation in new DefinitionMutator(Seed).Generate(DefinitionSeeds.All, Count))
        {
            var overLimit = mutation.Body.Length > BodyLimit;
            var (validateStatus, validateType, validateBody) = await SendAsync(admin, "/api/workflow-definitions/validate", mutation.Body);
            var validateError = RefusalChecks.Validate(validateStatus, validateType, validateBody, overLimit);
            var validated = validateError == null && !overLimit && validateBody.Contains("\"valid\":true", StringComparison.Ordinal);
            var (importStatus, importType, importBody) = await SendAsync(admin, "/api/workflow-definitions/import", mutation.Body);
            var importError = RefusalChecks.Import(importStatus, importType, importBody, overLimit, validated);
            foreach (var error in new[] { validateError, importError }.OfType<string>())
                failures.Add($"{mutation}: {error}. Answer: {Excerpt(error == validateError ? validateBody : importBody)}");
            if (overLimit)
                tooLarge++;
            else if (validated)
                accepted++;
            else
                refused++;
        }

        output.WriteLine($"[figure] {Count:N0} mutated definitions (seed {Seed}) in {clock.Elapsed.TotalSeconds:N1} s: {refused:N0} refused, {accepted:N0} still valid, {tooLarge:N0} over the body limit; {failures.Count} failures");
        failures.ShouldBeEmpty(string.Join(Environment.NewLine, failures.Take(20)));
        refused.ShouldBeGreaterThan(Count / 2, "most mutations should break the definition; if not, the mutator is not mutating");
    }

    private static async Task<(System.Net.HttpStatusCode, string?, string)> SendAsync(HttpClient client, string url, byte[] body)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await client.PostAsync(url, content);
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());
    }

    private static string Excerpt(string text) => text.Length <= 400 ? text : text[..400] + "…";
}
