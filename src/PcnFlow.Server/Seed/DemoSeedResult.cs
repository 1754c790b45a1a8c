namespace PcnFlow.Server.Seed;

/// <summary>What the demo seed made: the shared password (and whether it was generated) and the sign-ins.</summary>
internal sealed record DemoSeedResult(string Password, bool PasswordGenerated, IReadOnlyList<DemoSignIn> SignIns);
