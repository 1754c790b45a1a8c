using PcnFlow.Engine.Expressions;
using PcnFlow.Engine.Migration;

namespace PcnFlow.Engine.Runtime;

public sealed partial class WorkflowEngine
{
    /// <summary>
    /// What moving <paramref name="state"/> from <paramref name="from"/> to <paramref name="to"/> would change, and
    /// why it cannot move if it cannot. Nothing changes; run it as often as you like.
    /// </summary>
    public MigrationPlan PlanMigration(WorkflowBlueprint from, WorkflowBlueprint to, WorkflowState state) =>
        MigrationPlanner.Plan(this, from, to, state);

    /// <summary>
    /// Moves an instance to another version of its definition when the plan allows: the instance keeps its journal,
    /// completed tasks and variables and runs nothing again; open tasks take their schedule from the target version;
    /// new variables start at their declared value; a journal line records the move. Returns the plan either way;
    /// when <see cref="MigrationPlan.CanMigrate"/> is false, <paramref name="state"/> is unchanged.
    /// </summary>
    public MigrationPlan Migrate(WorkflowBlueprint from, WorkflowBlueprint to, WorkflowState state, string actor)
    {
        var plan = PlanMigration(from, to, state);
        if (!plan.CanMigrate)
            return plan;
        foreach (var retimed in plan.Retimed)
            state.FindBookmark(retimed.BookmarkId)!.Task = retimed.Payload;
        foreach (var wait in plan.RetimedWaits)
            Rewait(state, wait);
        foreach (var (frameId, arrivals) in plan.Arrivals)
            state.FindFrame(frameId)!.Arrivals = arrivals;
        foreach (var variable in to.Definition.Variables.Where(v => plan.VariablesAdded.Contains(v.Name)))
            state.Variables[variable.Name] = LiteralConverter.ConvertTo(LiteralConverter.FromJson(variable.Value), variable.TypeName);
        var now = Options.TimeProvider.GetUtcNow();
        state.DefinitionVersion = to.Definition.Version;
        state.UpdatedAt = now;
        state.Journal.Add(new JournalEntry(state.JournalLength + 1, now, JournalKind.WorkflowMigrated, null, null, actor,
            Message: $"Moved from version {plan.FromVersion} to version {plan.ToVersion} by {actor}"));
        return plan;
    }

    // A new bookmark id for the new time: hosts key scheduled work by bookmark, so the old time is cancelled with the
    // old bookmark and the new one planned, and a job for the old time that still runs finds nothing to resume.
    // It keeps when the wait began, from which a later version counts again.
    private static void Rewait(WorkflowState state, RetimedWait wait)
    {
        var index = state.Bookmarks.FindIndex(b => b.Id == wait.BookmarkId);
        var old = state.Bookmarks[index];
        state.Bookmarks[index] = new Bookmark
        {
            Id = "b" + (++state.NextId).ToString(System.Globalization.CultureInfo.InvariantCulture),
            Kind = old.Kind,
            FrameId = old.FrameId,
            ActivityId = old.ActivityId,
            DueAt = wait.NewAt,
            Key = old.Key,
            Task = old.Task,
            CreatedAt = old.CreatedAt,
        };
    }
}
