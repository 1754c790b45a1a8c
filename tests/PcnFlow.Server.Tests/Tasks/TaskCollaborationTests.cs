using System.Net;
using System.Net.Http.Json;
using PcnFlow.Server.Tasks;
using PcnFlow.Server.Tests.Instances;

namespace PcnFlow.Server.Tests.Tasks;

public sealed class TaskCollaborationTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private Infrastructure.TestWorld World => fixture.World;

    [Fact]
    public async Task Anyone_who_sees_a_task_can_comment_and_the_comment_shows_on_the_task()
    {
        var task = await OpenTaskAsync();
        var cdA = await World.ClientForAsync("cdA");
        var pmA = await World.ClientForAsync("pmA");

        var comment = await (await cdA.PostAsJsonAsync($"/api/tasks/{task}/comments", new { text = "  Mill Lane has not signed yet.  " })).ReadAsync<TaskCommentView>(HttpStatusCode.Created);

        comment.Author.ShouldBe("cdA@test.pcnflow");
        comment.AuthorName.ShouldBe("cdA"); // the test world's people are named after their user names
        comment.Text.ShouldBe("Mill Lane has not signed yet.");
        var detail = await (await pmA.GetAsync($"/api/tasks/{task}")).ReadAsync<TaskDetail>();
        var shown = detail.Comments.ShouldHaveSingleItem();
        shown.Text.ShouldBe("Mill Lane has not signed yet.");
        shown.AuthorName.ShouldBe("cdA");
    }

    [Fact]
    public async Task An_empty_comment_is_400_and_a_task_in_another_ICS_is_404()
    {
        var task = await OpenTaskAsync();
        var cdA = await World.ClientForAsync("cdA");
        var cdC = await World.ClientForAsync("cdC");

        await (await cdA.PostAsJsonAsync($"/api/tasks/{task}/comments", new { text = "   " })).ValidationErrorAsync("text");
        await (await cdA.PostAsJsonAsync($"/api/tasks/{task}/comments", new { text = new string('x', 10_001) })).ValidationErrorAsync("text");
        await (await cdC.PostAsJsonAsync($"/api/tasks/{task}/comments", new { text = "Hello" })).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_evidence_link_is_added_to_an_open_task()
    {
        var task = await OpenTaskAsync();
        var pmA = await World.ClientForAsync("pmA");

        var link = await (await pmA.PostAsJsonAsync($"/api/tasks/{task}/evidence", new { url = "https://nhs.sharepoint.com/sites/pcn/agreement.pdf", title = "Signed agreement" }))
            .ReadAsync<EvidenceLinkView>(HttpStatusCode.Created);

        link.Url.ShouldBe("https://nhs.sharepoint.com/sites/pcn/agreement.pdf");
        link.AddedByName.ShouldBe("pmA");
        var detail = await (await pmA.GetAsync($"/api/tasks/{task}")).ReadAsync<TaskDetail>();
        var shown = detail.Evidence.ShouldHaveSingleItem();
        shown.Title.ShouldBe("Signed agreement");
        (shown.AddedBy, shown.AddedByName).ShouldBe(("pmA@test.pcnflow", "pmA"));
    }

    [Theory]
    [InlineData("ftp://files.example.org/agreement.pdf")]
    [InlineData("/sites/pcn/agreement.pdf")]
    [InlineData("javascript:alert(1)")]
    [InlineData("")]
    public async Task Evidence_must_be_an_absolute_web_address(string url)
    {
        var task = await OpenTaskAsync();
        var pmA = await World.ClientForAsync("pmA");

        (await (await pmA.PostAsJsonAsync($"/api/tasks/{task}/evidence", new { url })).ValidationErrorAsync("url")).ShouldContain("https://");
    }

    [Fact]
    public async Task Evidence_cannot_be_added_to_a_closed_task_or_one_out_of_sight()
    {
        var id = await Programmes.StartAsync(fixture.Factory, Programmes.SixStep, World.PcnA.Id);
        var task = await Programmes.TaskAsync(fixture.Factory, id, "step1-confirm-practices");
        await Programmes.CompleteAsync(fixture.Factory, id, "step1-confirm-practices", new() { ["memberPractices"] = "A", ["registeredPopulation"] = 1 });
        var pmA = await World.ClientForAsync("pmA");
        var leadSouth = await World.ClientForAsync("leadSouth");

        await (await pmA.PostAsJsonAsync($"/api/tasks/{task.Id}/evidence", new { url = "https://example.org/a" })).ProblemAsync(HttpStatusCode.Conflict);
        await (await leadSouth.PostAsJsonAsync($"/api/tasks/{task.Id}/evidence", new { url = "https://example.org/a" })).ProblemAsync(HttpStatusCode.NotFound);
    }

    private async Task<Guid> OpenTaskAsync()
    {
        var id = await Programmes.StartAsync(fixture.Factory, Programmes.SixStep, World.PcnA.Id);
        return (await Programmes.TaskAsync(fixture.Factory, id, "step1-sign-agreement")).Id;
    }
}
