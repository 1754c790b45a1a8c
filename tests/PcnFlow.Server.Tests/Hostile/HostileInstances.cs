using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using PcnFlow.Engine.Runtime;
using PcnFlow.Server.Instances;
using PcnFlow.Server.Tests.Instances;
using PcnFlow.Server.Tests.Security;

namespace PcnFlow.Server.Tests.Hostile;

/// <summary>Importing, publishing and starting hostile definitions through the HTTP API, and reading what became of them.</summary>
internal static partial class HostileInstances
{
    // Long enough for any sentence the engine writes, short enough that a script cannot fill the database through it.
    public const int MaxIncidentLength = 1000;

    /// <summary>Imports and publishes a definition holding <paramref name="script"/> as the programme lead; returns its id.</summary>
    public static async Task<string> PublishAsync(SecuredApp app, string script, ScriptPlace place, string language = "JavaScript")
    {
        var definitionId = "hostile-" + Guid.NewGuid().ToString("N")[..12];
        using var lead = await app.World.ClientForAsync("lead");
        var json = HostileDefinitions.Build(definitionId, script, place, language).ToJsonString();
        using var imported = await lead.PostAsync("/api/workflow-definitions/import", new StringContent(json, Encoding.UTF8, "application/json"));
        await imported.ShouldHaveStatusAsync(HttpStatusCode.Created);
        using var published = await lead.PostAsJsonAsync($"/api/workflow-definitions/{definitionId}/publish", new { versionNote = "A hostile script, for the tests." });
        await published.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return definitionId;
    }

    /// <summary>Starts an instance of a published definition for PCN A as the programme lead; returns its id.</summary>
    public static async Task<string> StartPublishedAsync(SecuredApp app, string definitionId)
    {
        using var lead = await app.World.ClientForAsync("lead");
        using var response = await lead.PostAsJsonAsync("/api/workflow-instances", new { definitionId, pcnId = app.World.PcnA.Id, day0 = "2026-04-01" });
        return (await response.ReadAsync<InstanceSummary>(HttpStatusCode.Created)).Id;
    }

    public static async Task<string> StartAsync(SecuredApp app, string script, ScriptPlace place, string language = "JavaScript") =>
        await StartPublishedAsync(app, await PublishAsync(app, script, place, language));

    /// <summary>The instance as the API shows it: faulted, with exactly one incident, which is returned.</summary>
    public static async Task<Incident> FaultedIncidentAsync(SecuredApp app, string instanceId)
    {
        using var lead = await app.World.ClientForAsync("lead");
        var detail = await (await lead.GetAsync($"/api/workflow-instances/{instanceId}")).ReadAsync<InstanceDetail>();
        detail.Instance.Status.ShouldBe(WorkflowStatus.Finished, $"the instance should have ended; incidents: {string.Join(" | ", detail.Incidents.Select(i => i.Message))}");
        detail.Instance.SubStatus.ShouldBe(WorkflowSubStatus.Faulted);
        var journal = await (await lead.GetAsync($"/api/workflow-instances/{instanceId}/journal?pageSize=200")).ReadAsync<PagedList<JournalLine>>();
        journal.Items.ShouldContain(line => line.Kind == "WorkflowFaulted");
        journal.Items.ShouldAllBe(line => line.Message == null || line.Message.Length <= MaxIncidentLength);
        return detail.Incidents.ShouldHaveSingleItem();
    }

    /// <summary>The instance ran its script and went on to the end, with no incident.</summary>
    public static async Task FinishedWithoutIncidentAsync(SecuredApp app, string instanceId)
    {
        using var lead = await app.World.ClientForAsync("lead");
        var detail = await (await lead.GetAsync($"/api/workflow-instances/{instanceId}")).ReadAsync<InstanceDetail>();
        detail.Incidents.ShouldBeEmpty();
        detail.Instance.SubStatus.ShouldBe(WorkflowSubStatus.Finished);
    }

    /// <summary>The incident names the activity and says what happened in <paramref name="expectedWords"/>, briefly, with nothing of the engine's insides.</summary>
    public static void ShouldBePlain(Incident incident, string activityId, string expectedWords)
    {
        incident.ActivityId.ShouldBe(activityId);
        incident.Message.Length.ShouldBeLessThanOrEqualTo(MaxIncidentLength, incident.Message[..Math.Min(200, incident.Message.Length)]);
        Regex.IsMatch(incident.Message, expectedWords).ShouldBeTrue($"'{incident.Message}' should say /{expectedWords}/");
        StackFrame().IsMatch(incident.Message).ShouldBeFalse(incident.Message);
        incident.Message.ShouldNotContain("Exception", Case.Sensitive);
        incident.Message.ShouldNotContain("Jint", Case.Insensitive);
    }

    /// <summary>A plain read and a plain start, both answered as they would be on a quiet server.</summary>
    public static async Task ShouldStillServeAsync(SecuredApp app)
    {
        using var lead = await app.World.ClientForAsync("lead");
        using var me = await lead.GetAsync("/api/auth/me");
        await me.ShouldHaveStatusAsync(HttpStatusCode.OK);
        using var list = await lead.GetAsync("/api/workflow-instances?pageSize=5");
        await list.ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    // "   at Namespace.Type.Method(" as .NET writes stack frames, or "at f (<anonymous>:1:2)" as JavaScript engines do.
    [GeneratedRegex(@"\bat [\w.<>`]+\s?\(|:\d+:\d+\)")]
    private static partial Regex StackFrame();
}
