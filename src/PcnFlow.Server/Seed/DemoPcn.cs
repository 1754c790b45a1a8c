namespace PcnFlow.Server.Seed;

/// <summary>
/// One demo PCN. Offsets are days from today: when its programme started (day 0), when its CD took up post
/// (day 0 of their 100-day plan), and the date before which its tasks were done, so work due between then
/// and today shows as overdue and later work as due.
/// </summary>
internal sealed record DemoPcn(string Name, string[] Practices, string DirectorName, int Day0, int DirectorStart, int DoneBefore);
