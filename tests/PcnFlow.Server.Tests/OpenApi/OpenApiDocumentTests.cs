using System.Text.Json;
using System.Text.Json.Nodes;
using PcnFlow.Server.Tests.Infrastructure;

namespace PcnFlow.Server.Tests.OpenApi;

/// <summary>
/// The designer's API types are generated from <c>designer/openapi.json</c>, so that file must be the document the
/// server publishes now. A changed endpoint fails here until the file is refreshed, and test.sh then checks that
/// the generated TypeScript matches the file.
/// </summary>
public sealed class OpenApiDocumentTests : IDisposable
{
    private const string UpdateVariable = "PCNFLOW_UPDATE_OPENAPI";
    private readonly PcnFlowAppFactory _factory = new();

    [Fact]
    public async Task The_committed_openapi_document_is_the_one_the_server_publishes()
    {
        var published = Normalise(await _factory.CreateClient().GetStringAsync("/openapi/v1.json"));
        var path = Path.Combine(RepositoryRoot(), "designer", "openapi.json");

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
            await File.WriteAllTextAsync(path, published);

        var committed = File.Exists(path) ? await File.ReadAllTextAsync(path) : "";
        (committed.ReplaceLineEndings("\n") == published).ShouldBeTrue(
            $"designer/openapi.json is out of date. Run `{UpdateVariable}=1 dotnet test tests/PcnFlow.Server.Tests --filter OpenApiDocumentTests` "
            + "and then `npm run api-types` in designer/.");
    }

    public void Dispose() => _factory.Dispose();

    // The server address depends on where the document was fetched from, so it is not part of the contract.
    private static string Normalise(string document)
    {
        var node = JsonNode.Parse(document)!.AsObject();
        node.Remove("servers");
        return node.ToJsonString(new JsonSerializerOptions { WriteIndented = true }).ReplaceLineEndings("\n") + "\n";
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory != null && !File.Exists(Path.Combine(directory.FullName, "PcnFlow.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("PcnFlow.sln not found above " + AppContext.BaseDirectory);
    }
}
