using System.Text.Json;
using PcnFlow.Engine.Runtime;

namespace PcnFlow.Engine.Tests.Programmes;

/// <summary>Saving every instance at suspension points and carrying on from the reloaded state changes nothing.</summary>
public sealed class SaveAndReloadTests
{
    public static TheoryData<string, string, string[]> Programmes => new()
    {
        { ProgrammeRun.FirstHundredDaysId, "2026-05-01", ["2026-01-05", "2026-01-28", "2026-02-19", "2026-03-06", "2026-03-29", "2026-04-08", "2026-04-15"] },
        { ProgrammeRun.SixStepId, "2020-07-31", ["2019-07-01", "2019-07-15", "2019-09-17", "2019-10-21", "2019-12-21", "2020-03-23", "2020-04-24", "2020-05-26"] },
    };

    private static ProgrammeRun Start(string programme) => programme == ProgrammeRun.SixStepId
        ? ProgrammeRun.SixStep(new DateOnly(2019, 7, 1), autoComplete: true)
        : ProgrammeRun.FirstHundredDays(new DateOnly(2026, 1, 5), autoComplete: true);

    private static DateTimeOffset At(string date, int hour) =>
        ProgrammeRun.London(DateOnly.ParseExact(date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), hour);

    private static string Journal(WorkflowState state) => JsonSerializer.Serialize(state.Journal, WorkflowStateSerializer.Options);

    [Theory]
    [MemberData(nameof(Programmes))]
    public void ReloadedAtSuspensionPoints_ContinuesToTheSameJournal(string programme, string end, string[] saveDates)
    {
        var straight = Start(programme);
        straight.Host.AdvanceTo(At(end, 0));
        var reloaded = Start(programme);

        var saves = 0;
        foreach (var date in saveDates)
        {
            // Noon is when tasks due that day complete, so 12:00 sits between runs; 13:00 is just after.
            foreach (var hour in new[] { 10, 13 })
            {
                reloaded.Host.AdvanceTo(At(date, hour));
                foreach (var id in reloaded.Host.Instances.Keys.ToList())
                {
                    var state = reloaded.Host.Instances[id];
                    if (state.Status != WorkflowStatus.Running)
                        continue;
                    state.SubStatus.ShouldBe(WorkflowSubStatus.Suspended);
                    var json = WorkflowStateSerializer.Serialize(state);
                    var copy = WorkflowStateSerializer.Deserialize(json);
                    WorkflowStateSerializer.Serialize(copy).ShouldBe(json);
                    reloaded.Host.Instances[id] = copy;
                    saves++;
                }
            }
        }
        reloaded.Host.AdvanceTo(At(end, 0));

        saves.ShouldBeGreaterThan(saveDates.Length);
        reloaded.Host.Instances.Keys.ShouldBe(straight.Host.Instances.Keys);
        foreach (var (id, expected) in straight.Host.Instances)
        {
            Journal(reloaded.Host.Instances[id]).ShouldBe(Journal(expected), id);
            WorkflowStateSerializer.Serialize(reloaded.Host.Instances[id]).ShouldBe(WorkflowStateSerializer.Serialize(expected), id);
        }
        reloaded.Host.Events.Select(e => (e.At, e.Kind, e.InstanceId, e.ActivityId, e.Text, e.Role))
            .ShouldBe(straight.Host.Events.Select(e => (e.At, e.Kind, e.InstanceId, e.ActivityId, e.Text, e.Role)));
    }

    [Fact]
    public void ReloadedState_KeepsOpenTasksResumable()
    {
        var run = ProgrammeRun.SixStep(new DateOnly(2019, 7, 1));
        var bookmark = run.Task("step1-confirm-practices");

        var copy = WorkflowStateSerializer.Deserialize(WorkflowStateSerializer.Serialize(run.Main));
        run.Host.Instances[run.MainId] = copy;

        copy.OpenTasks.Select(b => b.Id).ShouldBe(run.Main.OpenTasks.Select(b => b.Id));
        var reopened = copy.OpenTasks.Single(b => b.Id == bookmark.Id).Task!;
        reopened.DueDate.ShouldBe(bookmark.Task!.DueDate);
        reopened.Reminders.ShouldBe(bookmark.Task.Reminders);
        reopened.Form!.Fields.Select(f => f.Name).ShouldBe(bookmark.Task.Form!.Fields.Select(f => f.Name));
        run.Complete("step1-confirm-practices").Status.ShouldBe(ResumeStatus.Resumed);
        run.Main.ShouldBeSameAs(copy);
        copy.Tasks.ShouldContainKey("step1-confirm-practices");
        copy.OpenTasks.ShouldNotContain(b => b.Id == bookmark.Id);
    }
}
