using Microsoft.Extensions.Options;
using MimeKit;

namespace PcnFlow.Server.Notifications;

/// <summary>The embedded default: each message becomes an .eml file a person can open in any mail program.</summary>
internal sealed class PickupDirectoryMailTransport(IOptions<NotificationOptions> options, IWebHostEnvironment environment) : IMailTransport
{
    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        var directory = Path.Combine(environment.ContentRootPath, options.Value.PickupDirectory);
        Directory.CreateDirectory(directory);
        var name = string.Concat((message.MessageId ?? Guid.NewGuid().ToString()).Split(Path.GetInvalidFileNameChars())).Replace('@', '_');
        var path = Path.Combine(directory, name + ".eml");
        var temporary = path + ".tmp";
        await message.WriteToAsync(temporary, ct);
        File.Move(temporary, path, overwrite: true);
    }
}
