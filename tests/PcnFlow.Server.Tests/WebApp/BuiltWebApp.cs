using PcnFlow.Server.Tests.Infrastructure;

namespace PcnFlow.Server.Tests.WebApp;

/// <summary>
/// The app serving a stand-in for designer/dist from a temporary folder (WebApp:DistPath), so the serving is
/// tested without an npm build.
/// </summary>
public sealed class BuiltWebApp : IDisposable
{
    public const string IndexMarker = "<!-- pcnflow test index -->";
    public const string Script = "console.log('pcnflow test bundle');";
    public const string ScriptPath = "/assets/index-abc123.js";

    public BuiltWebApp()
    {
        Dist = Directory.CreateTempSubdirectory("pcnflow-dist-").FullName;
        Directory.CreateDirectory(Path.Combine(Dist, "assets"));
        File.WriteAllText(Path.Combine(Dist, "index.html"), $"<!doctype html><html><body>{IndexMarker}<div id=\"root\"></div></body></html>");
        File.WriteAllText(Path.Combine(Dist, "assets", "index-abc123.js"), Script);
        Factory = new PcnFlowAppFactory().With("WebApp:DistPath", Dist);
    }

    public string Dist { get; }

    public PcnFlowAppFactory Factory { get; }

    public void Dispose()
    {
        Factory.Dispose();
        Directory.Delete(Dist, recursive: true);
    }
}
