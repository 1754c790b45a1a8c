using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PcnFlow.Persistence;
using PcnFlow.Persistence.Notifications;
using PcnFlow.Server.Instances;
using PcnFlow.Server.Tests.Infrastructure;

namespace PcnFlow.Server.Tests.Notifications;

public sealed class NotificationsApiTests : IAsyncLifetime
{
    private readonly PcnFlowAppFactory _factory = new();
    private TestWorld _world = null!;

    public async Task InitializeAsync() => _world = await TestWorld.CreateAsync(_factory);

    public Task DisposeAsync()
    {
        _factory.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task I_see_only_my_notifications_newest_first_with_my_unread_count()
    {
        await SeedAsync("cdA", 3);
        await SeedAsync("cdB", 2);
        using var client = await _world.ClientForAsync("cdA");

        var page = await GetAsync(client, "/api/notifications");

        page.GetProperty("total").GetInt32().ShouldBe(3);
        page.GetProperty("unread").GetInt32().ShouldBe(3);
        var titles = page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()).ToList();
        titles.ShouldBe(["cdA 3", "cdA 2", "cdA 1"]);
    }

    [Fact]
    public async Task The_list_is_paginated_and_the_unread_count_covers_every_page()
    {
        await SeedAsync("cdA", 5);
        using var client = await _world.ClientForAsync("cdA");

        var second = await GetAsync(client, "/api/notifications?page=2&pageSize=2");

        second.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()).ShouldBe(["cdA 3", "cdA 2"]);
        second.GetProperty("total").GetInt32().ShouldBe(5);
        second.GetProperty("unread").GetInt32().ShouldBe(5);
        second.GetProperty("page").GetInt32().ShouldBe(2);
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=101", "pageSize")]
    public async Task A_bad_page_is_a_problem_naming_the_field(string query, string field)
    {
        using var client = await _world.ClientForAsync("cdA");

        using var response = await client.GetAsync($"/api/notifications?{query}");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Marking_one_read_lowers_the_unread_count_and_doing_it_again_changes_nothing()
    {
        var ids = await SeedAsync("cdA", 2);
        using var client = await _world.ClientForAsync("cdA");

        using (var first = await client.PostAsync($"/api/notifications/{ids[0]}/read", null))
            first.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        using (var again = await client.PostAsync($"/api/notifications/{ids[0]}/read", null))
            again.StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var page = await GetAsync(client, "/api/notifications");
        page.GetProperty("unread").GetInt32().ShouldBe(1);
        var read = page.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetInt64() == ids[0]);
        read.GetProperty("readAt").ValueKind.ShouldBe(JsonValueKind.String);
        var unread = await GetAsync(client, "/api/notifications?unreadOnly=true");
        unread.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt64()).ShouldBe([ids[1]]);
    }

    [Fact]
    public async Task Someone_elses_notification_is_not_found_and_stays_unread()
    {
        var theirs = await SeedAsync("cdB", 1);
        using var client = await _world.ClientForAsync("cdA");

        using var response = await client.PostAsync($"/api/notifications/{theirs[0]}/read", null);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        using var owner = await _world.ClientForAsync("cdB");
        (await GetAsync(owner, "/api/notifications")).GetProperty("unread").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task Read_all_marks_only_mine()
    {
        await SeedAsync("cdA", 3);
        await SeedAsync("cdB", 2);
        using var client = await _world.ClientForAsync("cdA");

        using (var response = await client.PostAsync("/api/notifications/read-all", null))
            response.StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await GetAsync(client, "/api/notifications")).GetProperty("unread").GetInt32().ShouldBe(0);
        using var other = await _world.ClientForAsync("cdB");
        (await GetAsync(other, "/api/notifications")).GetProperty("unread").GetInt32().ShouldBe(2);
    }

    [Fact]
    public async Task Nobody_signed_in_gets_401()
    {
        using var client = _factory.CreateClient();

        using var response = await client.GetAsync("/api/notifications");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Starting_a_programme_puts_each_new_task_in_its_owners_notifications_with_a_link()
    {
        using (var scope = _factory.Services.CreateScope())
        {
            var started = await scope.ServiceProvider.GetRequiredService<InstanceCommands>().StartAsync(
                new StartProgramme("six-step-development-support", null, _world.PcnA.Id, new DateOnly(2026, 5, 1), null, null), "lead@test.pcnflow");
            started.Status.ShouldBe(CommandStatus.Ok);
        }
        await _factory.SettleAsync();
        using var client = await _world.ClientForAsync("cdA");

        var page = await GetAsync(client, "/api/notifications");

        var item = page.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("title").GetString() == "New task: Name the PCN's wider partners");
        item.GetProperty("link").GetString().ShouldStartWith("http://pcnflow.test/inbox/tasks/");
    }

    private static async Task<JsonElement> GetAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).Clone();
    }

    private async Task<List<long>> SeedAsync(string user, int count)
    {
        using var scope = _factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PcnFlowDbContext>();
        var rows = Enumerable.Range(1, count).Select(i => new InAppNotification
        {
            Key = $"test:{user}:{i}",
            UserId = _world[user].Id,
            Title = $"{user} {i}",
            Body = "Body",
            CreatedAt = _factory.Time.GetUtcNow().AddMinutes(i),
        }).ToList();
        db.InAppNotifications.AddRange(rows);
        await db.SaveChangesAsync();
        return [.. rows.Select(r => r.Id)];
    }
}
