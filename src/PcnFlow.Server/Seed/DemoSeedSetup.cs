namespace PcnFlow.Server.Seed;

internal static class DemoSeedSetup
{
    /// <summary>
    /// In Development only: seeds the demo into an empty database and, once the server is listening (so its real
    /// address is known), prints where to go and how to sign in. Outside Development there are no demo accounts
    /// and so no default passwords.
    /// </summary>
    public static async Task SeedDemoInDevelopmentAsync(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
            return;
        DemoSeedResult? seeded;
        IReadOnlyList<string> existing;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var seeder = scope.ServiceProvider.GetRequiredService<DemoSeeder>();
            seeded = await seeder.SeedAsync(CancellationToken.None);
            existing = seeded == null ? await seeder.ExistingSignInsAsync(CancellationToken.None) : [];
        }
        app.Lifetime.ApplicationStarted.Register(() =>
            DemoBanner.Write(Console.Out, app.Urls.FirstOrDefault(u => u.StartsWith("https:", StringComparison.Ordinal)) ?? app.Urls.FirstOrDefault() ?? "http://localhost:5000", seeded, existing));
    }
}
