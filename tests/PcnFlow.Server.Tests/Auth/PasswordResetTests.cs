using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using PcnFlow.Persistence.Identity;
using PcnFlow.Server.Tests.Security;

namespace PcnFlow.Server.Tests.Auth;

public sealed partial class PasswordResetTests(SecuredApp app) : IClassFixture<SecuredApp>
{
    [Fact]
    public async Task A_person_added_without_a_password_sets_one_from_an_emailed_reset_code_and_signs_in()
    {
        await AddPersonWithoutPasswordAsync("newcd@test.pcnflow");
        var client = app.Anonymous();

        using var forgot = await client.PostAsJsonAsync("/api/auth/forgotPassword", new { email = "newcd@test.pcnflow" });
        forgot.StatusCode.ShouldBe(HttpStatusCode.OK);
        var code = ResetCode(EmailTo("newcd@test.pcnflow"));
        using var reset = await client.PostAsJsonAsync("/api/auth/resetPassword", new { email = "newcd@test.pcnflow", resetCode = code, newPassword = "A-New-Long-Password-42" });
        using var login = await client.PostAsJsonAsync("/api/auth/login", new { email = "newcd@test.pcnflow", password = "A-New-Long-Password-42" });

        reset.StatusCode.ShouldBe(HttpStatusCode.OK);
        login.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Asking_for_a_reset_for_an_unknown_email_looks_the_same_and_sends_nothing()
    {
        using var forgot = await app.Anonymous().PostAsJsonAsync("/api/auth/forgotPassword", new { email = "stranger@test.pcnflow" });

        forgot.StatusCode.ShouldBe(HttpStatusCode.OK);
        Messages().ShouldNotContain(m => m.To.Mailboxes.Any(a => a.Address == "stranger@test.pcnflow"));
    }

    private async Task AddPersonWithoutPasswordAsync(string email)
    {
        using var scope = app.Factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PcnFlowUser>>();
        (await users.CreateAsync(new PcnFlowUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "New CD" })).Succeeded.ShouldBeTrue();
    }

    private MimeMessage EmailTo(string address) =>
        Messages().Where(m => m.To.Mailboxes.Any(a => a.Address == address)).ShouldHaveSingleItem();

    private List<MimeMessage> Messages() =>
        Directory.Exists(app.Factory.MailFolder) ? [.. Directory.GetFiles(app.Factory.MailFolder, "*.eml").Select(f => MimeMessage.Load(f))] : [];

    private static string ResetCode(MimeMessage message)
    {
        var code = CodeLine().Match(message.TextBody ?? "").Groups["code"].Value;
        code.ShouldNotBeNullOrEmpty();
        return code;
    }

    [GeneratedRegex(@"reset code is:\s+(?<code>\S+)")]
    private static partial Regex CodeLine();
}
