using System.Text.Json.Nodes;
using PcnFlow.Persistence.Definitions;

namespace PcnFlow.Server.Definitions;

/// <summary>One version with its Elsa JSON. <see cref="Revision"/> is also sent as the ETag; send it back in If-Match to update.</summary>
internal sealed record DefinitionDetail(
    string DefinitionId,
    int Version,
    string Name,
    string? Description,
    bool IsLatest,
    bool IsPublished,
    string? VersionNote,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset? PublishedAt,
    long Revision,
    JsonObject Definition)
{
    public static DefinitionDetail From(DefinitionVersion row) => new(
        row.DefinitionId, row.Version, row.Name, row.Description, row.IsLatest, row.IsPublished, row.VersionNote,
        row.CreatedAt, row.CreatedBy, row.PublishedAt, row.Revision, DefinitionJson.ToOutput(row));
}
