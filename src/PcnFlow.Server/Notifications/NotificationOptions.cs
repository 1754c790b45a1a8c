namespace PcnFlow.Server.Notifications;

/// <summary>The <c>Notifications</c> configuration section.</summary>
public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    /// <value>The address people open links at; default <c>http://localhost:5000</c>.</value>
    public string PublicBaseUrl { get; set; } = "http://localhost:5000";

    /// <value>The sender address; default <c>PcnFlow &lt;no-reply@pcnflow.local&gt;</c>.</value>
    public string From { get; set; } = "PcnFlow <no-reply@pcnflow.local>";

    /// <value>SMTP host; when empty, messages are written as .eml files to <see cref="PickupDirectory"/>.</value>
    public string? SmtpHost { get; set; }

    /// <value>SMTP port; default 25.</value>
    public int SmtpPort { get; set; } = 25;

    /// <value>SMTP user name, if the server needs one.</value>
    public string? SmtpUser { get; set; }

    /// <value>SMTP password, if the server needs one.</value>
    public string? SmtpPassword { get; set; }

    /// <value>Use STARTTLS when the server offers it; default true.</value>
    public bool SmtpStartTls { get; set; } = true;

    /// <value>Where .eml files go without an SMTP host, relative to the content root; default <c>data/mail</c>.</value>
    public string PickupDirectory { get; set; } = "data/mail";

    /// <value>How many delivery attempts before a message is marked failed; default 6.</value>
    public int MaxAttempts { get; set; } = 6;

    /// <value>The local time the daily digest goes out; default 07:00.</value>
    public TimeOnly DigestTime { get; set; } = new(7, 0);

    /// <value>
    /// How long a worker holds a message it is sending before another may take it over; default 5 minutes. It must be
    /// longer than a send can take (the SMTP client gives up at half of it); a shorter lease means a dead node's
    /// messages go out sooner.
    /// </value>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(5);

    /// <value>
    /// How long before its time a reminder is prepared; default 5 minutes. Every reminder of a day falls due at 09:00,
    /// so looking up recipients and writing the messages then made the last of 10,000 half a minute late. Prepared
    /// ahead, each waits in the outbox for its time, when a drain sends them all; a task completed or re-timed in
    /// between cancels its prepared messages. The in-app notification shows from when it was prepared. Preparing
    /// 10,000 takes about 100 seconds on PostgreSQL on two cores, so two minutes left no room.
    /// </value>
    public TimeSpan PrepareAhead { get; set; } = TimeSpan.FromMinutes(5);

    /// <value>How many messages a drain sends at once, each on its own kept SMTP connection; default 16.</value>
    public int DrainParallelism { get; set; } = 16;
}
