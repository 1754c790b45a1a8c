using PcnFlow.Server.Tests.Infrastructure;

namespace PcnFlow.Server.Tests.Notifications;

/// <summary>A test world whose host sends its mail to a real SMTP server of its own.</summary>
public abstract class MailWorldTests : WorldTests
{
    protected SmtpServerFixture Smtp { get; } = new();

    protected override PcnFlowAppFactory CreateFactory() => new PcnFlowAppFactory().WithSmtp(Smtp);

    public override async Task InitializeAsync()
    {
        // The host reads the SMTP port when it is built, so the server must be listening first.
        await Smtp.InitializeAsync();
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}
