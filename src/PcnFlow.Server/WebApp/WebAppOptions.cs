namespace PcnFlow.Server.WebApp;

/// <summary>The <c>WebApp</c> configuration section: where the built designer and web app are served from.</summary>
public sealed class WebAppOptions
{
    public const string Section = "WebApp";

    /// <value>
    /// The folder holding the built web app (index.html and assets/), relative to the content root; default
    /// <c>../../designer/dist</c>, which is where <c>npm run build</c> puts it when the server runs from the source tree.
    /// </value>
    public string DistPath { get; set; } = Path.Combine("..", "..", "designer", "dist");
}
