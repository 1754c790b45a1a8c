using System.Net;
using System.Net.Http.Json;
using PcnFlow.Engine.Runtime;
using PcnFlow.Server.Instances;
using PcnFlow.Server.Tests.Definitions;
using PcnFlow.Server.Tests.Instances;
using PcnFlow.Server.Tests.Security;

namespace PcnFlow.Server.Tests.Hostile;

/// <summary>
/// Scripts that loop forever, allocate without end, recurse without end or reach for .NET, imported, published and run
/// through the HTTP API like any definition. Each must fault only its own instance, with an incident that says what
/// happened in plain words, while the server carries on answering.
/// </summary>
[Collection(AppHosts.Name)]
public sealed class HostileExpressionTests(SecuredApp app) : IClassFixture<SecuredApp>
{
    public static TheoryData<string> Scripts => HostileScripts.Names;

    [Theory]
    [MemberData(nameof(Scripts))]
    public async Task A_hostile_script_run_at_start_faults_its_instance_with_a_plain_incident(string name)
    {
        var file = SentinelFile();
        var hostile = HostileScripts.All[name];

        var instanceId = await HostileInstances.StartAsync(app, hostile.For(file), ScriptPlace.SetVariable);

        var incident = await HostileInstances.FaultedIncidentAsync(app, instanceId);
        HostileInstances.ShouldBePlain(incident, HostileDefinitions.HostileActivity, hostile.ExpectedWords);
        File.Exists(file).ShouldBeFalse();
        await HostileInstances.ShouldStillServeAsync(app);
    }

    [Theory]
    [InlineData("empty infinite loop", ScriptPlace.DecisionCondition)]
    [InlineData("one huge string", ScriptPlace.DecisionCondition)]
    [InlineData("one string too long to exist", ScriptPlace.TaskTitle)]
    [InlineData("endless recursion", ScriptPlace.TaskTitle)]
    [InlineData("an array that doubles in a loop", ScriptPlace.TaskTitle)]
    [InlineData("the Function constructor", ScriptPlace.TaskTitle)]
    public async Task A_hostile_condition_or_task_title_faults_its_instance_the_same_way(string name, ScriptPlace place)
    {
        var hostile = HostileScripts.All[name];

        var instanceId = await HostileInstances.StartAsync(app, hostile.For(SentinelFile()), place);

        var incident = await HostileInstances.FaultedIncidentAsync(app, instanceId);
        HostileInstances.ShouldBePlain(incident, HostileDefinitions.HostileActivity, hostile.ExpectedWords);
    }

    [Theory]
    [InlineData("busy infinite loop")]
    [InlineData("one huge array")]
    [InlineData("endless mutual recursion")]
    [InlineData("System.IO.File")]
    [InlineData("a huge error message")]
    public async Task A_hostile_script_reached_by_completing_a_task_faults_the_instance_and_the_completion_is_still_answered(string name)
    {
        var file = SentinelFile();
        var hostile = HostileScripts.All[name];
        var instanceId = await HostileInstances.StartAsync(app, hostile.For(file), ScriptPlace.AfterTask);
        using var cdA = await app.World.ClientForAsync("cdA");
        var detail = await (await cdA.GetAsync($"/api/workflow-instances/{instanceId}")).ReadAsync<InstanceDetail>();
        detail.Instance.Status.ShouldBe(WorkflowStatus.Running);
        var gate = detail.OpenTasks.Single(t => t.ActivityId == HostileDefinitions.GateActivity);

        using var completed = await cdA.PostAsJsonAsync($"/api/tasks/{gate.Id}/complete", new { });

        await completed.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var incident = await HostileInstances.FaultedIncidentAsync(app, instanceId);
        HostileInstances.ShouldBePlain(incident, HostileDefinitions.HostileActivity, hostile.ExpectedWords);
        File.Exists(file).ShouldBeFalse();
    }

    [Fact]
    public async Task Other_requests_are_answered_correctly_while_hostile_scripts_run()
    {
        var hostile = new[] { "empty infinite loop", "one huge string", "endless recursion", "an array that doubles in a loop" };
        using var lead = await app.World.ClientForAsync("lead");
        var definitions = new List<string>();
        foreach (var name in hostile)
            definitions.Add(await HostileInstances.PublishAsync(app, HostileScripts.All[name].Script, ScriptPlace.SetVariable));

        var starts = definitions.Select(d => HostileInstances.StartPublishedAsync(app, d)).ToList();
        var normal = lead.PostAsJsonAsync("/api/workflow-instances", new { definitionId = Programmes.SixStep, pcnId = app.World.PcnB.Id, day0 = "2026-07-01" });
        var reads = Enumerable.Range(0, 8).Select(_ => lead.GetAsync("/api/workflow-definitions")).ToList();
        await Task.WhenAll([.. starts, normal, .. reads]);

        var started = await (await normal).ReadAsync<InstanceSummary>(HttpStatusCode.Created);
        started.Status.ShouldBe(WorkflowStatus.Running);
        foreach (var read in reads)
            await (await read).ShouldHaveStatusAsync(HttpStatusCode.OK);
        foreach (var (start, name) in starts.Zip(hostile))
        {
            var incident = await HostileInstances.FaultedIncidentAsync(app, await start);
            HostileInstances.ShouldBePlain(incident, HostileDefinitions.HostileActivity, HostileScripts.All[name].ExpectedWords);
        }
        var after = await (await lead.GetAsync($"/api/workflow-instances/{started.Id}")).ReadAsync<InstanceDetail>();
        after.Instance.Status.ShouldBe(WorkflowStatus.Running);
        after.OpenTasks.ShouldNotBeEmpty();
        after.Incidents.ShouldBeEmpty();
    }

    private string SentinelFile() => Path.Combine(app.Factory.Folder, $"owned-{Guid.NewGuid():N}.txt");
}
