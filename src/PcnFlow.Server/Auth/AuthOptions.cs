namespace PcnFlow.Server.Auth;

/// <summary>Sign-in hardening. Bound from the <c>Auth</c> configuration section.</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>Sign-in attempts allowed for one email address from one client address per <see cref="LoginWindow"/>.</summary>
    /// <value>10.</value>
    public int LoginPermitLimit { get; set; } = 10;

    /// <summary>The window over which <see cref="LoginPermitLimit"/> is counted.</summary>
    /// <value>One minute.</value>
    public TimeSpan LoginWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Origins besides the server's own that may send cookie-signed-in writes, e.g. <c>http://localhost:5173</c>
    /// for the Vite dev server when it does not proxy.
    /// </summary>
    /// <value>None.</value>
    public IList<string> AllowedOrigins { get; } = [];
}
