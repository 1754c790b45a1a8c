namespace PcnFlow.Server.Instances;

/// <summary>Who an instance belongs to: the PCN and ICS it runs for, and the person for a personal plan.</summary>
internal sealed record InstanceScopeIds(Guid? PcnId, Guid? IcsId, Guid? OwnerUserId);
