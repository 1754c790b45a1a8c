namespace PcnFlow.Server.Calendar;

/// <summary>The address of a person's calendar feed. It is a secret: anyone holding it can read the feed.</summary>
internal sealed record CalendarLink(string Url);
