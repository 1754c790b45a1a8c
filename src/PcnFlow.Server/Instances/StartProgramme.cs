namespace PcnFlow.Server.Instances;

/// <summary>Start a programme for a PCN from day 0; a personal plan also names its owner.</summary>
internal sealed record StartProgramme(string DefinitionId, int? Version, Guid PcnId, DateOnly Day0, IReadOnlyDictionary<string, object?>? Input, Guid? OwnerUserId);
