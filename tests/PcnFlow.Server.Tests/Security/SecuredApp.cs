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

    /// <summary>
    /// Signs <paramref name="name"/> in for a session cookie and returns it as a Cookie header value, for tests that
    /// send it by hand: tampered with, after its expiry in fake time, or after its owner is gone.
    /// </summary>
    public async Task<string> SignInCookieAsync(string name)
    {
        using var client = Factory.CreateClient(new() { HandleCookies = false });
        using var login = await client.PostAsJsonAsync("/api/auth/login?useSessionCookies=true", new { email = World[name].Email, password = TestWorld.Password });
        login.EnsureSuccessStatusCode();
        return login.Headers.GetValues("Set-Cookie").Single().Split(';')[0];
    }

    protected virtual void Configure(PcnFlowAppFactory factory)
    {
    }
}
