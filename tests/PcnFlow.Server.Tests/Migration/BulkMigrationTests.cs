using Microsoft.EntityFrameworkCore;
using PcnFlow.Server.Tests.Definitions;
using PcnFlow.Server.Tests.Infrastructure;
using Programmes = PcnFlow.Server.Tests.Instances.Programmes;

namespace PcnFlow.Server.Tests.Migration;

/// <summary>Moving every running programme of a design the lead leads: one refusal is reported and the others still move.</summary>
[Collection(AppHosts.Name)]
public sealed class BulkMigrationTests : WorldTests
{
    [Fact]
    public async Task The_dry_run_and_the_move_list_each_programme_and_one_refusal_does_not_stop_the_others()
    {
        var lead = await World.ClientForAsync("lead");
        await ThreeSteps.PublishAsync(lead, ThreeSteps.Version1, first: true);
        var movable = await Programmes.StartAsync(Factory, ThreeSteps.Id, World.PcnA.Id);
        await Programmes.CompleteAsync(Factory, movable, "step1");
        var stuck = await Programmes.StartAsync(Factory, ThreeSteps.Id, World.PcnB.Id);
        var otherIcs = await Programmes.StartAsync(Factory, ThreeSteps.Id, World.PcnC.Id);
        await ThreeSteps.PublishAsync(lead, [ThreeSteps.Version1[1], ThreeSteps.Version1[2]]);
        var url = $"{ThreeSteps.Url}/migrate?toVersion=2";

        var dryRun = await (await lead.PostAsync(url + "&dryRun=true", null)).OkJsonAsync();

        dryRun["canMigrate"]!.GetValue<int>().ShouldBe(1);
        dryRun["refused"]!.GetValue<int>().ShouldBe(1);
        dryRun["migrated"]!.GetValue<int>().ShouldBe(0);
        var listed = dryRun["instances"]!.AsArray().Select(i => i!["instanceId"]!.GetValue<string>()).ToList();
        listed.ShouldBe([movable, stuck], ignoreOrder: true);
        listed.ShouldNotContain(otherIcs);

        var done = await (await lead.PostAsync(url, null)).OkJsonAsync();

        done["migrated"]!.GetValue<int>().ShouldBe(1);
        done["refused"]!.GetValue<int>().ShouldBe(1);
        var refused = done["instances"]!.AsArray().Single(i => i!["instanceId"]!.GetValue<string>() == stuck)!;
        refused["status"]!.GetValue<string>().ShouldBe("Refused");
        refused["pcnName"]!.GetValue<string>().ShouldBe("Hillside PCN");
        var reason = refused["refusals"]!.AsArray().ShouldHaveSingleItem()!;
        reason["activityId"]!.GetValue<string>().ShouldBe("step1");
        reason["reason"]!.GetValue<string>().ShouldContain("version 2 has no activity with the id 'step1'");
        var versions = await Programmes.DbAsync(Factory, db => db.Instances.AsNoTracking().ToDictionaryAsync(i => i.Id, i => i.DefinitionVersion));
        versions[movable].ShouldBe(2);
        versions[stuck].ShouldBe(1);
        versions[otherIcs].ShouldBe(1);
        var dashboard = await (await lead.GetAsync($"/api/dashboard?icsId={World.North.Id}")).OkJsonAsync();
        var rows = dashboard["pcns"]!.AsArray().ToDictionary(r => r!["pcnName"]!.GetValue<string>(), r => r!["versions"]!.AsArray().Select(v => v!.GetValue<int>()).ToList());
        rows["Riverside PCN"].ShouldBe([2]);
        rows["Hillside PCN"].ShouldBe([1]);

        (await (await World.ClientForAsync("cdA")).PostAsync(url, null)).StatusCode.ShouldBe(System.Net.HttpStatusCode.Forbidden);
        (await (await lead.PostAsync($"{ThreeSteps.Url}/migrate?toVersion=9", null)).ProblemAsync(System.Net.HttpStatusCode.NotFound))["field"]!
            .GetValue<string>().ShouldBe("toVersion");
    }
}
