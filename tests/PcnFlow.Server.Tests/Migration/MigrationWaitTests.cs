using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PcnFlow.Persistence.Scheduling;
using PcnFlow.Persistence.Tasks;
using PcnFlow.Server.Tests.Definitions;
using PcnFlow.Server.Tests.Infrastructure;
using PcnFlow.Server.Tests.Notifications;
using Programmes = PcnFlow.Server.Tests.Instances.Programmes;

namespace PcnFlow.Server.Tests.Migration;

/// <summary>
/// A move re-times a review that has not opened yet, on fake time through Hangfire. Day 0 is Wednesday 1 April 2026.
/// Version 1 holds the review on D+30 (Friday 1 May), opening a week ahead (24 April, 09:00 London); version 2 moves it
/// to D+44 (Friday 15 May), opening on 8 May.
/// </summary>
[Collection(AppHosts.Name)]
public sealed class MigrationWaitTests : WorldTests
{
    private const string Id = "review-day";

    [Fact]
    public async Task After_a_move_a_review_not_yet_open_opens_ahead_of_its_new_day_and_not_its_old_one()
    {
        var lead = await World.ClientForAsync("lead");
        await PublishAsync(lead, "D+30", first: true);
        var id = await Programmes.StartAsync(Factory, Id, World.PcnA.Id, new DateOnly(2026, 4, 1));
        await Factory.SettleAsync();
        var oldWait = (await WaitsAsync(id)).ShouldHaveSingleItem();
        (oldWait.Kind, oldWait.DueAt).ShouldBe((ScheduledWorkKind.OpenReview, Pipeline.NineAm(2026, 4, 24)));
        await PublishAsync(lead, "D+44");

        var dryRun = await (await lead.PostAsync($"/api/workflow-instances/{id}/migrate?toVersion=2&dryRun=true", null)).OkJsonAsync();
        var shown = dryRun["retimedWaits"]!.AsArray().ShouldHaveSingleItem()!;
        (shown["activityId"]!.GetValue<string>(), shown["title"]!.GetValue<string>()).ShouldBe(("review", "Day 30 review"));
        shown["oldAt"]!.GetValue<DateTimeOffset>().ShouldBe(Pipeline.NineAm(2026, 4, 24));
        shown["newAt"]!.GetValue<DateTimeOffset>().ShouldBe(Pipeline.NineAm(2026, 5, 8));
        (await WaitsAsync(id)).ShouldHaveSingleItem().Status.ShouldBe(ScheduledWorkStatus.Pending, "a dry run changes nothing");

        await (await lead.PostAsync($"/api/workflow-instances/{id}/migrate?toVersion=2", null)).OkJsonAsync();
        await Factory.SettleAsync();

        var waits = await WaitsAsync(id);
        waits.Single(w => w.Id == oldWait.Id).Status.ShouldBe(ScheduledWorkStatus.Cancelled);
        var newWait = waits.Single(w => w.Status == ScheduledWorkStatus.Pending);
        (newWait.Kind, newWait.DueAt).ShouldBe((ScheduledWorkKind.OpenReview, Pipeline.NineAm(2026, 5, 8)));
        // Days away, beyond the planning horizon: the reconcile job gives it a job when it comes near.
        newWait.JobId.ShouldBeNull();

        await Factory.AdvanceToAsync(Pipeline.NineAm(2026, 4, 24).AddHours(1));
        (await OpenTasksAsync(id)).ShouldBeEmpty();
        await Factory.AdvanceToAsync(Pipeline.NineAm(2026, 5, 8).AddMinutes(1));
        var review = (await OpenTasksAsync(id)).ShouldHaveSingleItem();
        (review.ActivityId, review.DueDate).ShouldBe(("review", new DateOnly(2026, 5, 15)));
    }

    private Task<List<ScheduledWork>> WaitsAsync(string instanceId) =>
        Factory.QueryAsync(db => db.ScheduledWork.AsNoTracking().Where(w => w.InstanceId == instanceId && w.BookmarkId != null).ToListAsync());

    private Task<List<TaskRecord>> OpenTasksAsync(string instanceId) =>
        Factory.QueryAsync(db => db.Tasks.AsNoTracking().Where(t => t.InstanceId == instanceId && t.State == TaskState.Open).ToListAsync());

    private static async Task PublishAsync(HttpClient lead, string scheduledDay, bool first = false)
    {
        var json = Definition(scheduledDay);
        var saved = first ? await lead.PostJsonAsync("/api/workflow-definitions", json) : await lead.PutJsonAsync($"/api/workflow-definitions/{Id}", json);
        await saved.OkJsonAsync(first ? HttpStatusCode.Created : HttpStatusCode.OK);
        await (await lead.PostJsonAsync($"/api/workflow-definitions/{Id}/publish", new JsonObject { ["versionNote"] = "Review on " + scheduledDay })).OkJsonAsync();
    }

    private static JsonObject Definition(string scheduledDay) => new()
    {
        ["definitionId"] = Id,
        ["name"] = "A review on a programme day",
        ["root"] = new JsonObject
        {
            ["type"] = "Elsa.Flowchart",
            ["id"] = "flowchart",
            ["activities"] = new JsonArray(
                new JsonObject { ["type"] = "Elsa.Start", ["id"] = "start" },
                new JsonObject
                {
                    ["type"] = "PcnFlow.Review",
                    ["id"] = "review",
                    ["title"] = Literal("Day 30 review"),
                    ["ownerRole"] = Literal("ClinicalDirector"),
                    ["scheduledDay"] = Literal(scheduledDay),
                }),
            ["connections"] = new JsonArray(new JsonObject
            {
                ["source"] = new JsonObject { ["activity"] = "start", ["port"] = "Done" },
                ["target"] = new JsonObject { ["activity"] = "review", ["port"] = "In" },
            }),
        },
    };

    private static JsonObject Literal(string value) => new() { ["typeName"] = "String", ["expression"] = new JsonObject { ["type"] = "Literal", ["value"] = value } };
}
