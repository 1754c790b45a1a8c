namespace PcnFlow.Server.Seed;

/// <summary>One demo account and what it is for.</summary>
internal sealed record DemoSignIn(string Email, string Description);
