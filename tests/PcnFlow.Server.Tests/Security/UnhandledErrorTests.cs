using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PcnFlow.Persistence;
using PcnFlow.Persistence.Identity;

namespace PcnFlow.Server.Tests.Security;

public sealed class UnhandledErrorTests : IAsyncLifetime
{
    private readonly SecuredApp _app = new();

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task A_failure_inside_a_handler_is_500_problem_details_without_internals()
    {
        using var client = await _app.World.ClientForAsync("cdA");
        await BreakTheDatabaseAsync();

        using var response = await client.GetAsync("/api/auth/me");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.InternalServerError);
        var text = problem.GetRawText();
        text.ShouldNotLeakInternals();
        text.ShouldNotContain("RoleAssignments");
        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
    }

    // A real fault, not a test hook: the table /me reads from is gone.
    private async Task BreakTheDatabaseAsync()
    {
        using var scope = _app.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PcnFlowDbContext>();
        var table = db.Model.FindEntityType(typeof(RoleAssignment))!.GetTableName();
        var sql = "DROP TABLE \"" + table + "\"";
        await db.Database.ExecuteSqlRawAsync(sql);
    }
}
