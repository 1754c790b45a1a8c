using System.Net;
using PcnFlow.Server.Calendar;
using PcnFlow.Server.Tests.Instances;

namespace PcnFlow.Server.Tests.Calendar;

public sealed class CalendarApiTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private Infrastructure.TestWorld World => fixture.World;

    [Fact]
    public async Task The_feed_holds_the_due_dates_of_the_persons_own_open_tasks_and_needs_no_sign_in()
    {
        var pcnA = await Programmes.StartAsync(fixture.Factory, Programmes.SixStep, World.PcnA.Id);
        var pcnB = await Programmes.TaskAsync(fixture.Factory, await Programmes.StartAsync(fixture.Factory, Programmes.SixStep, World.PcnB.Id), "step1-confirm-practices");
        var partners = await Programmes.TaskAsync(fixture.Factory, pcnA, "step1-name-partners");
        var pmA = await World.ClientForAsync("pmA");

        var link = await (await pmA.GetAsync("/api/me/calendar-link")).ReadAsync<CalendarLink>();
        var feed = await fixture.Factory.CreateClient().GetAsync(new Uri(link.Url).PathAndQuery);

        link.Url.ShouldStartWith("http://pcnflow.test/api/calendar/");
        link.Url.ShouldEndWith(".ics");
        await feed.ShouldHaveStatusAsync(HttpStatusCode.OK);
        feed.Content.Headers.ContentType!.MediaType.ShouldBe("text/calendar");
        var calendar = Ical.Net.Calendar.Load(await feed.Content.ReadAsStringAsync())!;
        var practices = await Programmes.TaskAsync(fixture.Factory, pcnA, "step1-confirm-practices");
        var own = calendar.Events.Single(e => e.Uid == $"{practices.Id}@pcnflow");
        own.Summary.ShouldBe("Confirm the PCN's member practices");
        DateOnly.FromDateTime(own.DtStart!.Value).ShouldBe(practices.DueDate!.Value);
        own.Url!.ToString().ShouldBe($"http://pcnflow.test/inbox/tasks/{practices.Id}");
        calendar.Events.ShouldNotContain(e => e.Uid == $"{partners.Id}@pcnflow");
        calendar.Events.ShouldNotContain(e => e.Uid == $"{pcnB.Id}@pcnflow");
    }

    [Fact]
    public async Task An_unknown_token_is_404_and_a_rotated_link_stops_the_old_one()
    {
        var cdA = await World.ClientForAsync("cdA");
        var anonymous = fixture.Factory.CreateClient();

        var before = await (await cdA.GetAsync("/api/me/calendar-link")).ReadAsync<CalendarLink>();
        var after = await (await cdA.PostAsync("/api/me/calendar-link/rotate", null)).ReadAsync<CalendarLink>();

        after.Url.ShouldNotBe(before.Url);
        await (await anonymous.GetAsync(new Uri(before.Url).PathAndQuery)).ProblemAsync(HttpStatusCode.NotFound);
        await (await anonymous.GetAsync(new Uri(after.Url).PathAndQuery)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        await (await anonymous.GetAsync("/api/calendar/0123456789abcdef.ics")).ProblemAsync(HttpStatusCode.NotFound);
        await (await anonymous.GetAsync("/api/me/calendar-link")).ShouldHaveStatusAsync(HttpStatusCode.Unauthorized);
    }
}
