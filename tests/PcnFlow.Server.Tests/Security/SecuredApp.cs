using System.Net.Http.Json;
using PcnFlow.Server.Tests.Infrastructure;

namespace PcnFlow.Server.Tests.Security;

/// <summary>One app and <see cref="TestWorld"/> shared by a test class; subclasses set configuration before it starts.</summary>
public class SecuredApp : IAsyncLifetime
{
    public PcnFlowAppFactory Factory { get; } = new();

    public TestWorld World { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        Configure(Factory);
        World = await TestWorld.CreateAsync(Factory);
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }

    public HttpClient Anonymous() => Factory.CreateClient();

    /// <summary>
    /// A client signed in as <paramref name="name"/> with the Identity cookie, as the browser SPA is. A session cookie,
    /// because a persistent one would carry an expiry in fake time that the client's real-time cookie jar may see as past.
    /// </summary>
    public async Task<HttpClient> CookieClientAsync(string name, string baseAddress = "http://localhost")
    {
        var client = Factory.CreateClient(new() { BaseAddress = new Uri(baseAddress) });
        using var login = await client.PostAsJsonAsync("/api/auth/login?useSessionCookies=true", new { email = World[name].Email, password = TestWorld.Password });
        login.EnsureSuccessStatusCode();
        return client;
    }

    protected virtual void Configure(PcnFlowAppFactory factory)
    {
    }
}
