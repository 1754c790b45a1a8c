namespace PcnFlow.Server.Tests.Hostile;

/// <summary>One mutated definition: which seed file it came from, what was done to it, and the bytes to send.</summary>
public sealed record Mutation(int Index, string SeedFile, string Description, byte[] Body)
{
    public override string ToString() => $"#{Index} {SeedFile}: {Description}";
}
