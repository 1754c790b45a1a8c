using PcnFlow.Engine.Migration;
using PcnFlow.Persistence.Definitions;

namespace PcnFlow.Server.Instances;

internal sealed partial class InstanceSession
{
    /// <summary>
    /// Plans moving a loaded instance to <paramref name="target"/>, and with <paramref name="apply"/> moves it when the
    /// plan allows. The instance row then points at the new version; its state is saved with the rest of the unit of work.
    /// </summary>
    public MigrationPlan Migrate(LoadedInstance instance, DefinitionVersion target, bool apply)
    {
        var to = blueprints.Get(target);
        if (!apply)
            return engine.PlanMigration(instance.Blueprint, to, instance.State);
        var plan = engine.Migrate(instance.Blueprint, to, instance.State, Actor);
        if (!plan.CanMigrate)
            return plan;
        instance.Blueprint = to;
        instance.Record.DefinitionVersion = target.Version;
        instance.Record.DefinitionVersionId = target.Id;
        instance.Changed = true;
        return plan;
    }
}
