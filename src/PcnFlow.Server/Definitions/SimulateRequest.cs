using System.Text.Json.Nodes;

namespace PcnFlow.Server.Definitions;

/// <summary>
/// Project a timeline from <see cref="Day0"/> for <see cref="Days"/> days (366 by default), on the latest version
/// unless one is named. <see cref="Definition"/>, when sent, is unsaved Elsa JSON to project instead, so the
/// designer can preview an edit without saving a draft.
/// </summary>
internal sealed record SimulateRequest(DateOnly? Day0, int? Days, int? Version, string? PcnName, JsonObject? Definition = null);
