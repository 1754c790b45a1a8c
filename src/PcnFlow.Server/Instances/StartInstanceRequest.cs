using System.Text.Json;

namespace PcnFlow.Server.Instances;

/// <summary>
/// Start a programme for a PCN. <see cref="Version"/> defaults to the latest published one. A personal plan
/// (the CD's first 100 days) belongs to <see cref="OwnerUserId"/>, which defaults to the CD starting it.
/// </summary>
internal sealed record StartInstanceRequest(string? DefinitionId, int? Version, Guid? PcnId, DateOnly? Day0, Guid? OwnerUserId, Dictionary<string, JsonElement>? Input);
