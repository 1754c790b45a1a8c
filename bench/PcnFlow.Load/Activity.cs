using System.Diagnostics;
using System.Net;

namespace PcnFlow.Load;

/// <summary>
/// Year one of both programmes, done by the people themselves: every CD and lead visits their inbox in turn (at most
/// <c>--clients</c> at once), reads it, completes each year-one task with valid answers or decides each sign-off
/// (about one in ten returned with a comment on its first attempt, then redone and approved), and now and then
/// reads their notifications and, for a lead, the ICS dashboard. Visits go round until two rounds in a row find
/// nothing to do.
/// </summary>
public sealed class Activity(Api api, England england, LoadOptions options)
{
    private const string ReturnComment = "Please add the evidence link for the board decision before I sign this off.";
    private int _completions;
    private int _returned;
    private int _refused;
    private int _reportedRefusals;

    public async Task<ActivityResult> RunAsync()
    {
        var actors = await SignInAsync();
        // Year two's first tasks are due 449 days after day 0; everything due before then is year one.
        var cutoff = england.Day0.AddDays(400);
        var started = Stopwatch.GetTimestamp();
        var rounds = 0;
        var idle = 0;
        while (idle < 2 && rounds < 500)
        {
            var before = _completions;
            await Parallel.ForEachAsync(actors, new ParallelOptions { MaxDegreeOfParallelism = options.Clients }, async (actor, _) => await VisitAsync(actor, cutoff));
            rounds++;
            if (_completions == before)
            {
                idle++;
                // Work a background job still has to open (a dispatched child programme) gets a moment.
                await Task.Delay(TimeSpan.FromSeconds(2));
            }
            else
            {
                idle = 0;
            }
            Console.WriteLine($"  round {rounds}: {_completions} completions so far ({_returned} returned), {Stopwatch.GetElapsedTime(started).TotalSeconds:F0} s");
        }
        return new ActivityResult(_completions, _returned, _refused, rounds, Stopwatch.GetElapsedTime(started));
    }

    private async Task<List<Actor>> SignInAsync()
    {
        var people = england.Icss.Select(i => (i.LeadEmail, (Guid?)i.Id)).Concat(england.Pcns.Select(p => (p.DirectorEmail, (Guid?)null))).ToList();
        var actors = new Actor[people.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, people.Count), new ParallelOptions { MaxDegreeOfParallelism = options.Clients }, async (i, _) =>
            actors[i] = new Actor(await api.SignInAsync(people[i].Item1, England.Password), people[i].Item2));
        return [.. actors];
    }

    private async Task VisitAsync(Actor actor, DateOnly cutoff)
    {
        actor.Visits++;
        var inbox = await actor.Session.GetAsync("GET /api/tasks", "/api/tasks?pageSize=200");
        if (actor.IcsId is { } ics)
            await actor.Session.GetAsync("GET /api/dashboard", $"/api/dashboard?icsId={ics}");
        if (actor.Visits % 3 == 0)
            await actor.Session.GetAsync("GET /api/notifications", "/api/notifications");
        foreach (var item in inbox["items"]!.AsArray())
        {
            var due = item!["dueDate"]?.GetValue<string>() is { } d ? DateOnly.Parse(d, System.Globalization.CultureInfo.InvariantCulture) : (DateOnly?)null;
            if (due >= cutoff)
                continue;
            var id = item["id"]!.GetValue<string>();
            if (item["kind"]!.GetValue<string>() == "SignOff")
                await DecideAsync(actor.Session, id, item["attempt"]!.GetValue<int>());
            else
                await CompleteAsync(actor.Session, id);
        }
    }

    private async Task DecideAsync(Session session, string id, int attempt)
    {
        // Chosen by the task id's last (random) byte, about one in ten, not by a per-process string hash.
        var returned = attempt == 1 && Guid.Parse(id).ToByteArray()[^1] % 10 == 0;
        var body = returned ? new { decision = "Returned", comment = (string?)ReturnComment } : new { decision = "Approved", comment = (string?)null };
        var (status, text) = await session.TryPostAsync("POST /api/tasks/{id}/decision", $"/api/tasks/{id}/decision", body);
        Count(status, text, id);
        if (status == HttpStatusCode.OK && returned)
            Interlocked.Increment(ref _returned);
    }

    private async Task CompleteAsync(Session session, string id)
    {
        var task = await session.GetAsync("GET /api/tasks/{id}", $"/api/tasks/{id}");
        var outcome = task["outcomes"]?.AsArray().FirstOrDefault()?.GetValue<string>();
        var body = new { outcome, fields = FormFiller.Fill(task["form"], england.Day0), comment = (string?)null };
        var (status, text) = await session.TryPostAsync("POST /api/tasks/{id}/complete", $"/api/tasks/{id}/complete", body);
        Count(status, text, id);
    }

    private void Count(HttpStatusCode status, string text, string id)
    {
        if (status == HttpStatusCode.OK)
        {
            Interlocked.Increment(ref _completions);
            return;
        }
        Interlocked.Increment(ref _refused);
        if (Interlocked.Increment(ref _reportedRefusals) <= 5)
            Console.WriteLine($"  refused {id}: {(int)status} {text}");
    }

    private sealed class Actor(Session session, Guid? icsId)
    {
        public Session Session => session;

        /// <summary>Set for a lead: the ICS whose dashboard they read.</summary>
        public Guid? IcsId => icsId;

        public int Visits { get; set; }
    }
}

public sealed record ActivityResult(int Completions, int Returned, int Refused, int Rounds, TimeSpan Elapsed)
{
    /// <summary>The server process's CPU time over the activity: requests and the background jobs they cause.</summary>
    public TimeSpan ServerCpu { get; init; }

    /// <summary>The benchmark's own CPU time over the activity (the clients share the machine with the server).</summary>
    public TimeSpan ClientCpu { get; init; }

    public double ServerCpuMsPerCompletion => ServerCpu.TotalMilliseconds / Completions;

    public double PerSecond => Completions / Elapsed.TotalSeconds;
}
