using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PcnFlow.Server.Tests.Definitions;
using PcnFlow.Server.Tests.Infrastructure;
using PcnFlow.Server.Tests.Instances;
using PcnFlow.Server.Tests.Migration;
using PcnFlow.Server.Tests.Notifications;

namespace PcnFlow.Server.Tests.Security;

/// <summary>
/// Script, markup and line breaks in every text people write that the web app shows: the API keeps and returns them
/// as written, the calendar feed escapes them as iCalendar text, the emails (read at a real SMTP server) escape
/// them as HTML, and instructions rendered to HTML are sanitised. Evidence links may only be web addresses.
/// </summary>
public sealed class HostileTextTests : MailWorldTests
{
    private const string Markup = "<script>alert('pcnflow')</script><img src=x onerror=alert(1)>";
    private const string EscapedScript = "&lt;script&gt;";

    // Line breaks that would start a new calendar property or a new mail header if they reached either raw.
    private const string Breakout = "\r\nBEGIN:VEVENT\r\nSUMMARY:Injected; x, y \\ z\r\nBcc: evil@example.com";

    private const string Title = "Plan " + Markup + Breakout;

    private const string Instructions = "**Read** this [link](javascript:alert(1)) <script>alert(2)</script> "
        + "<a href=\"javascript:alert(3)\" onclick=\"x()\">raw</a> ![i](x\" onerror=\"alert(4))";

    [Fact]
    public async Task Text_in_a_programme_its_pcn_person_comments_evidence_and_answers_is_kept_as_data_and_escaped_wherever_it_is_shown()
    {
        var lead = await World.ClientForAsync("lead");
        var cdA = await World.ClientForAsync("cdA");
        await Factory.QueryAsync(db => db.Users.Where(u => u.Id == World["cdA"].Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.DisplayName, "Dr " + Markup + "\r\nX-INJECTED:1")));
        await (await lead.PutJsonAsync($"/api/organisations/{World.PcnA.Id}", new JsonObject { ["name"] = "Riverside " + Markup })).OkJsonAsync();
        await (await lead.PostJsonAsync("/api/workflow-definitions", Definition())).OkJsonAsync(HttpStatusCode.Created);
        await (await lead.PostJsonAsync($"{ThreeSteps.Url}/publish", new JsonObject { ["versionNote"] = Markup })).OkJsonAsync();
        await (await lead.PostJsonAsync("/api/workflow-instances", new JsonObject { ["definitionId"] = ThreeSteps.Id, ["pcnId"] = World.PcnA.Id, ["day0"] = "2026-05-01" }))
            .OkJsonAsync(HttpStatusCode.Created);
        await Factory.SettleAsync();
        var taskId = await Factory.QueryAsync(db => db.Tasks.Where(t => t.ActivityId == "step1").Select(t => t.Id).SingleAsync());

        (await (await cdA.PostJsonAsync($"/api/tasks/{taskId}/comments", new JsonObject { ["text"] = Markup })).OkJsonAsync(HttpStatusCode.Created))["text"]!.GetValue<string>().ShouldBe(Markup);
        await (await cdA.PostJsonAsync($"/api/tasks/{taskId}/evidence", new JsonObject { ["url"] = "https://example.nhs.uk/e?q=\"><script>", ["title"] = Markup }))
            .OkJsonAsync(HttpStatusCode.Created);
        var task = await (await cdA.GetAsync($"/api/tasks/{taskId}")).OkJsonAsync();

        // As data: exactly as written, wherever the API returns it.
        task["title"]!.GetValue<string>().ShouldBe(Title);
        task["instructionsMarkdown"]!.GetValue<string>().ShouldBe(Instructions);
        task["stage"]!.GetValue<string>().ShouldBe(Markup);
        task["programmeName"]!.GetValue<string>().ShouldBe("Programme " + Markup);
        task["pcnName"]!.GetValue<string>().ShouldBe("Riverside " + Markup);
        task["form"]!["fields"]![0]!["label"]!.GetValue<string>().ShouldBe(Markup);
        task["comments"]![0]!["text"]!.GetValue<string>().ShouldBe(Markup);
        task["evidence"]![0]!["title"]!.GetValue<string>().ShouldBe(Markup);
        task["evidence"]![0]!["url"]!.GetValue<string>().ShouldNotContain("\"");
        (await (await lead.GetAsync($"{ThreeSteps.Url}/versions")).OkJsonAsync())["items"]![0]!["versionNote"]!.GetValue<string>().ShouldBe(Markup);
        (await cdA.GetFromJsonAsync<JsonObject>("/api/auth/me"))!["displayName"]!.GetValue<string>().ShouldBe("Dr " + Markup + "\r\nX-INJECTED:1");

        // Rendered instructions: the Markdown, with nothing that runs.
        var html = task["instructionsHtml"]!.GetValue<string>();
        html.ShouldContain("<strong>Read</strong>");
        ShouldRunNothing(html);

        await ShouldRefuseEvidenceThatIsNotAWebAddressAsync(cdA, taskId);
        await ShouldBeEscapedInTheCalendarFeedAsync();
        ShouldBeEscapedInTheEmail(Smtp.WithKey($"opened:{taskId}:").Single(m => m.To.Contains(World["cdA"].Email!)));

        await (await cdA.PostJsonAsync($"/api/tasks/{taskId}/complete", new JsonObject { ["fields"] = new JsonObject { ["answer"] = Markup } })).OkJsonAsync();
        var done = await (await cdA.GetAsync($"/api/tasks/{taskId}")).OkJsonAsync();
        done["data"]!["answer"]!.GetValue<string>().ShouldBe(Markup);
    }

    [Fact]
    public async Task A_return_comment_on_a_sign_off_is_kept_as_data_and_escaped_in_the_email_that_sends_the_work_back()
    {
        var instance = await Programmes.StartAsync(Factory, Programmes.SixStep, World.PcnA.Id);
        await Programmes.CompleteStepOneAsync(Factory, instance);
        var signOff = await Programmes.TaskAsync(Factory, instance, "step1-signoff");
        var lead = await World.ClientForAsync("lead");

        await (await lead.PostJsonAsync($"/api/tasks/{signOff.Id}/decision", new JsonObject { ["decision"] = "Returned", ["comment"] = Markup })).OkJsonAsync();
        await Factory.SettleAsync();

        var redo = await Factory.QueryAsync(db => db.Tasks.Where(t => t.InstanceId == instance && t.Attempt > 1).ToListAsync());
        redo.ShouldNotBeEmpty();
        var pmA = await World.ClientForAsync("pmA");
        var practices = redo.Single(t => t.ActivityId == "step1-confirm-practices");
        (await (await pmA.GetAsync($"/api/tasks/{practices.Id}")).OkJsonAsync())["returnedComment"]!.GetValue<string>().ShouldBe(Markup);
        var email = Smtp.WithKey($"opened:{practices.Id}:").ShouldHaveSingleItem();
        email.Html.ShouldNotBeNull().ShouldContain(EscapedScript);
        ShouldRunNothing(email.Html);
        email.Text.ShouldNotBeNull().ShouldContain(Markup);
    }

    private async Task ShouldRefuseEvidenceThatIsNotAWebAddressAsync(HttpClient client, Guid taskId)
    {
        string[] urls =
        [
            "javascript:alert(1)", "JavaScript:alert(document.cookie)", " javascript:alert(1)", "java\tscript:alert(1)",
            "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)", "file:///etc/passwd", "//evil.example/x",
        ];
        foreach (var url in urls)
        {
            using var response = await client.PostJsonAsync($"/api/tasks/{taskId}/evidence", new JsonObject { ["url"] = url, ["title"] = "Evidence" });
            (await response.ErrorsForAsync("url")).ShouldNotBeEmpty(url);
        }
        (await Factory.QueryAsync(db => db.EvidenceLinks.CountAsync())).ShouldBe(1);
    }

    private async Task ShouldBeEscapedInTheCalendarFeedAsync()
    {
        using var response = await Factory.CreateClient().GetAsync($"/api/calendar/{World["cdA"].CalendarToken}.ics");
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, text);

        // RFC 5545: a line break in a value is written \n and continuation lines start with a space, so after
        // unfolding no property can start inside a value.
        var lines = text.Replace("\r\n ", "", StringComparison.Ordinal).Replace("\r\n\t", "", StringComparison.Ordinal).Split("\r\n");
        lines.Count(l => l == "BEGIN:VEVENT").ShouldBe(1, text);
        lines.ShouldNotContain(l => l.StartsWith("SUMMARY:Injected", StringComparison.Ordinal) || l.StartsWith("Bcc", StringComparison.Ordinal) || l.StartsWith("X-INJECTED", StringComparison.Ordinal), text);
        lines.ShouldContain(l => l.StartsWith("SUMMARY:", StringComparison.Ordinal) && l.Contains(@"\nBEGIN:VEVENT\nSUMMARY:Injected\; x\, y \\ z", StringComparison.Ordinal), text);

        var calendar = Ical.Net.Calendar.Load(text)!;
        calendar.Events.ShouldHaveSingleItem().Summary.ShouldBe(Title.Replace("\r\n", "\n", StringComparison.Ordinal));
        calendar.Properties.Get<string>("X-WR-CALNAME").ShouldBe("PcnFlow: Dr " + Markup + "\nX-INJECTED:1");
    }

    private void ShouldBeEscapedInTheEmail(SmtpMessage email)
    {
        email.To.ShouldBe([World["cdA"].Email!]);
        email.Headers.Keys.ShouldNotContain("bcc");
        email.Subject.ShouldNotBeNull().ShouldNotContain("\n");
        var html = email.Html.ShouldNotBeNull();
        html.ShouldContain(EscapedScript);
        html.ShouldContain("<strong>Read</strong>");
        ShouldRunNothing(html);
        email.Text.ShouldNotBeNull().ShouldContain(Markup);
    }

    // Parsed as a browser would: escaped text may say "onerror=", but no element may carry a script or a handler.
    private static void ShouldRunNothing(string html)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        document.QuerySelectorAll("script, iframe, object, embed").ShouldBeEmpty(html);
        var attributes = document.All.SelectMany(e => e.Attributes.Select(a => (Element: e.LocalName, a.Name, a.Value))).ToList();
        attributes.ShouldNotContain(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), html);
        attributes.ShouldNotContain(a => a.Value.Trim().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase), html);
        attributes.ShouldNotContain(a => a.Element == "img" && a.Name == "src" && a.Value == "x", html);
    }

    // One clinical director task whose every shown text is hostile, with a one-field form.
    private static JsonObject Definition()
    {
        var json = ThreeSteps.Json([("step1", Title, "D+10", [])]);
        json["name"] = "Programme " + Markup;
        var task = json["root"]!["activities"]![1]!.AsObject();
        task["instructions"] = ThreeSteps.Literal(Instructions);
        task["stage"] = ThreeSteps.Literal(Markup);
        task["form"] = new JsonObject
        {
            ["typeName"] = "Object",
            ["expression"] = new JsonObject
            {
                ["type"] = "Object",
                ["value"] = new JsonObject { ["fields"] = new JsonArray(new JsonObject { ["name"] = "answer", ["label"] = Markup, ["kind"] = "longText", ["required"] = true }) },
            },
        };
        return json;
    }
}
