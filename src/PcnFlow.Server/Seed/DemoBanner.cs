namespace PcnFlow.Server.Seed;

/// <summary>The Development start-up message: where to go and how to sign in.</summary>
internal static class DemoBanner
{
    public static void Write(TextWriter output, string baseUrl, DemoSeedResult? seeded, IReadOnlyList<string> existing)
    {
        var url = baseUrl.TrimEnd('/');
        output.WriteLine();
        output.WriteLine("PcnFlow is running (Development).");
        output.WriteLine($"  Open:     {url}/  (the web app)   API: {url}/scalar");
        if (seeded != null)
        {
            output.WriteLine("  Demo data was created: Demo ICS with three PCNs, both programmes running.");
            foreach (var signIn in seeded.SignIns)
                output.WriteLine($"  Sign in:  {signIn.Email,-30} {signIn.Description}");
            output.WriteLine(seeded.PasswordGenerated
                ? $"  Password: {seeded.Password}  (generated now and shown only this once; set {DemoSeeder.PasswordSetting} to choose it)"
                : $"  Password: the value of {DemoSeeder.PasswordSetting}");
        }
        else if (existing.Count > 0)
        {
            output.WriteLine($"  Demo sign-ins: {string.Join(", ", existing)}");
            output.WriteLine($"  Password: as printed when the demo was first created (or {DemoSeeder.PasswordSetting}).");
        }
        output.WriteLine();
    }
}
