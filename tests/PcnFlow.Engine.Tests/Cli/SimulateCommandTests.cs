using System.Text;
using System.Text.Json.Nodes;

namespace PcnFlow.Engine.Tests.Cli;

/// <summary><c>pcnflow simulate FILE --start DATE</c>: the projected timeline as a table, JSON or CSV.</summary>
public sealed class SimulateCommandTests
{
    private const string Programme = "A new Clinical Director's first 100 days";
    private static readonly string[] CsvHeader = ["date", "kind", "title", "stage", "owner", "due", "activityId", "programme"];

    private static Pcnflow.Result FirstHundredDays(string format) =>
        Pcnflow.Run("simulate", Pcnflow.FirstHundredDays, "--start", "2026-01-05", "--format", format);

    [Fact]
    public void Simulate_Table_ListsTasksSignOffsReviewsAndRemindersWithDateOwnerDueAndStage()
    {
        var result = FirstHundredDays("table");

        result.Exit.ShouldBe(0);
        result.Stderr.ShouldBeEmpty();
        var lines = result.StdoutLines;
        lines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries).ShouldBe(["Date", "Kind", "Owner", "Due", "Stage", "Title"]);
        lines.ShouldContain(l => l.StartsWith("2026-01-05  Task          ClinicalDirector  2026-01-12  Theme 4: Under-promise", StringComparison.Ordinal)
            && l.EndsWith("Start your commitments register", StringComparison.Ordinal));
        lines.ShouldContain(l => l.StartsWith("2026-01-28  Review        ClinicalDirector  2026-02-04  Checkpoints", StringComparison.Ordinal)
            && l.EndsWith("Day 30 check-in with your support person", StringComparison.Ordinal));
        lines.ShouldContain(l => l.StartsWith("2026-03-06  SignOff       PcnBoard          2026-03-13", StringComparison.Ordinal));
        lines.ShouldContain(l => l.StartsWith("2026-01-07  Reminder      ClinicalDirector  2026-01-12", StringComparison.Ordinal)
            && l.EndsWith("Start your commitments register (-P3D)", StringComparison.Ordinal));
        lines.Skip(1).Select(l => l[..10]).ShouldBeInOrder(SortDirection.Ascending);
    }

    [Fact]
    public void Simulate_Json_ParsesAndHasTheDayThirtyReviewDueOnDayThirty()
    {
        var result = FirstHundredDays("json");

        result.Exit.ShouldBe(0);
        var entries = JsonNode.Parse(result.Stdout)!.AsArray().Select(e => e!.AsObject()).ToList();
        var review = entries.Where(e => (string?)e["activityId"] == "checkpoint-day-30" && (string?)e["kind"] == "Review").ShouldHaveSingleItem();
        ((string?)review["due"]).ShouldBe("2026-02-04");
        ((string?)review["date"]).ShouldBe("2026-01-28");
        ((string?)review["owner"]).ShouldBe("ClinicalDirector");
        ((string?)review["stage"]).ShouldBe("Checkpoints");
        ((string?)review["programme"]).ShouldBe(Programme);
        entries.Select(e => (string?)e["kind"]).Distinct().Order().ShouldBe(["Reminder", "Review", "SignOff", "Task"]);
        entries.Count(e => (string?)e["kind"] == "Review").ShouldBe(4);
        entries.ShouldContain(e => (string?)e["activityId"] == "review-day-100" && (string?)e["due"] == "2026-04-15");
    }

    [Fact]
    public void Simulate_Csv_HasAHeaderAndOneQuotedRowPerEntry()
    {
        var result = FirstHundredDays("csv");

        result.Exit.ShouldBe(0);
        var rows = result.StdoutLines.Select(ParseCsvRow).ToList();
        rows[0].ShouldBe(CsvHeader);
        rows.Skip(1).ShouldAllBe(r => r.Count == 8);
        rows.ShouldContain(r => r.SequenceEqual(new[]
        {
            "2026-01-28", "Review", "Day 30 check-in with your support person", "Checkpoints", "ClinicalDirector", "2026-02-04", "checkpoint-day-30", Programme,
        }));
        rows.ShouldContain(r => r[2] == "Triage your meetings: attend, delegate or decline" && r[5] == "2026-02-04");
        rows.ShouldContain(r => r[1] == "SignOff" && r[4] == "PcnBoard" && r[6] == "purpose-board-signoff");
    }

    [Fact]
    public void Simulate_SixStepCsv_KeepsEveryRowToTheHeadersEightColumns()
    {
        // Notifications go to several roles at once ("ClinicalDirector,PcnBoard").
        var result = Pcnflow.Run("simulate", Pcnflow.SixStep, "--include", Pcnflow.FirstHundredDays, "--start", "2019-07-01", "--format", "csv");

        result.Exit.ShouldBe(0);
        var rows = result.StdoutLines.Select(ParseCsvRow).ToList();
        rows.ShouldContain(r => r.Count > 1 && r[1] == "Notification");
        rows.Where(r => r.Count != 8).Select(r => string.Join(" | ", r)).ShouldBeEmpty();
    }

    [Fact]
    public void Simulate_SixStepWithItsChildPlan_ListsBothProgrammes()
    {
        var result = Pcnflow.Run("simulate", Pcnflow.SixStep, "--include", Pcnflow.FirstHundredDays, "--start", "2019-07-01", "--format", "json");

        result.Exit.ShouldBe(0);
        var entries = JsonNode.Parse(result.Stdout)!.AsArray().Select(e => e!.AsObject()).ToList();
        entries.Select(e => (string?)e["programme"]).Distinct().Order().ShouldBe([Programme, "PCN development support: the six steps"]);
        entries.ShouldContain(e => (string?)e["activityId"] == "step6-end-of-year-review" && (string?)e["due"] == "2020-03-31");
        entries.ShouldContain(e => (string?)e["kind"] == "Notification" && (string?)e["title"] == "Example PCN: step 1 signed off");
    }

    [Theory]
    [InlineData("--start", "2026-1-5")]
    [InlineData("--start", "next monday")]
    public void Simulate_BadStart_ExitsTwo(string option, string value)
    {
        var result = Pcnflow.Run("simulate", Pcnflow.FirstHundredDays, option, value);

        result.Exit.ShouldBe(2);
        result.Stdout.ShouldBeEmpty();
        result.Stderr.ShouldContain($"--start must be a date like 2019-07-01, not '{value}'.");
    }

    [Theory]
    [InlineData("--format", "xml")]
    [InlineData("--days", "0")]
    [InlineData("--days", "many")]
    public void Simulate_BadOption_ExitsTwo(string option, string value)
    {
        var result = Pcnflow.Run("simulate", Pcnflow.FirstHundredDays, "--start", "2026-01-05", option, value);

        result.Exit.ShouldBe(2);
        result.Stderr.ShouldContain(option);
    }

    [Fact]
    public void Simulate_WithoutStart_ExitsTwo()
    {
        var result = Pcnflow.Run("simulate", Pcnflow.FirstHundredDays);

        result.Exit.ShouldBe(2);
        result.Stderr.ShouldContain("--start");
    }

    private static List<string> ParseCsvRow(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (c == '"')
                quoted = !quoted;
            else if (c == ',' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
                field.Append(c);
        }
        fields.Add(field.ToString());
        return fields;
    }
}
