namespace PcnFlow.Server.Tests.Security;

/// <summary>Real ids from one organisation set, for filling route parameters: its ICS, PCN, a practice, a running programme and one of its tasks.</summary>
public sealed record OrganisationIds(Guid IcsId, Guid PcnId, Guid PracticeId, string InstanceId, Guid TaskId, string CalendarToken);
