using PcnFlow.Engine.Runtime;

namespace PcnFlow.Engine.Tasks;

/// <summary>
/// <c>PcnFlow.HumanTask</c>: work for a person in a role, with a due date, reminders, escalation and a
/// form. Its outcomes (default <c>Done</c>) are its ports.
/// </summary>
public sealed class HumanTask : TaskActivity
{
    /// <inheritdoc />
    protected override string Kind => TaskKinds.Task;

    /// <inheritdoc />
    protected internal override void Execute(ActivityContext context) => Open(context);
}
