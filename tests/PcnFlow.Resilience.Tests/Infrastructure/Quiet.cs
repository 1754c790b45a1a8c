namespace PcnFlow.Resilience.Tests.Infrastructure;

/// <summary>Waiting, by polling the database and the SMTP log, until delivery has finished; bounded, never a fixed sleep.</summary>
public static class Quiet
{
    public static async Task WaitAsync(DatabaseProbe database, SmtpServer smtp, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            var busy = await database.CountAsync("""SELECT COUNT(*) FROM "Outbox" WHERE "Status" IN ('Pending', 'Sending')""")
                + await database.PendingWorkAsync(ReminderBurst.DefinitionId);
            if (busy == 0 && smtp.Messages().Count >= await database.CountAsync("""SELECT COUNT(*) FROM "Outbox" WHERE "Status" = 'Sent' AND "Channel" = 'Email'"""))
                return;
            await Task.Delay(500);
        }
    }
}
