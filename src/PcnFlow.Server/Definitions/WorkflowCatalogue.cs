using Microsoft.EntityFrameworkCore;
using PcnFlow.Engine.Definitions;
using PcnFlow.Engine.Runtime;
using PcnFlow.Persistence;
using PcnFlow.Persistence.Definitions;

namespace PcnFlow.Server.Definitions;

/// <summary>Installs the programmes shipped in <c>workflows/</c> as published version 1, once; later edits are the lead's.</summary>
internal sealed class WorkflowCatalogue(PcnFlowDbContext db, WorkflowEngine engine, IWebHostEnvironment environment, TimeProvider time, ILogger<WorkflowCatalogue> log)
{
    public async Task InstallShippedAsync(CancellationToken ct)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "workflows");
        if (!Directory.Exists(folder))
            folder = Path.Combine(environment.ContentRootPath, "..", "..", "workflows");
        if (!Directory.Exists(folder))
            return;
        foreach (var file in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var json = await File.ReadAllTextAsync(file, ct);
            var read = WorkflowDefinitionReader.Read(json);
            if (read.Definition is not { } definition || engine.Validate(definition).Count > 0)
            {
                log.LogWarning("The shipped workflow {File} is invalid and was not installed", file);
                continue;
            }
            if (await db.DefinitionVersions.AnyAsync(v => v.DefinitionId == definition.DefinitionId, ct))
                continue;
            db.DefinitionVersions.Add(new DefinitionVersion
            {
                DefinitionId = definition.DefinitionId,
                Version = 1,
                Name = definition.Name ?? definition.DefinitionId,
                Description = definition.Description,
                IsLatest = true,
                IsPublished = true,
                Json = json,
                VersionNote = "Shipped with PcnFlow.",
                CreatedAt = time.GetUtcNow(),
                PublishedAt = time.GetUtcNow(),
                Revision = 1,
            });
        }
        await db.SaveChangesAsync(ct);
    }
}
