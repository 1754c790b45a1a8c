using System.Text.Json.Nodes;
using PcnFlow.Engine.Runtime;
using PcnFlow.Engine.Tasks;

namespace PcnFlow.Engine.Tests.Activities;

/// <summary>PcnFlow.HumanTask forms: what is checked when a task is completed, and that a refusal changes nothing.</summary>
public sealed class HumanTaskFormTests
{
    private const string Form = """
        {
          "fields": [
            { "name": "summary", "label": "Summary", "kind": "longText", "required": true },
            { "name": "priority", "label": "Priority", "kind": "select", "options": ["Low", "Medium", "High"] },
            { "name": "practices", "label": "Member practices", "kind": "number", "min": 1, "max": 20 },
            { "name": "confidence", "label": "Confidence", "kind": "rating" },
            { "name": "agreed", "label": "The board agreed", "kind": "checkbox", "required": true },
            { "name": "evidence", "label": "Evidence", "kind": "evidenceLink" },
            { "name": "start", "label": "Start date", "kind": "date" },
            {
              "name": "matrix", "label": "Maturity matrix", "kind": "maturityMatrix", "required": true,
              "domains": ["Leadership", "Workforce"], "levels": ["Foundation", "Step 1", "Step 2", "Step 3"]
            }
          ]
        }
        """;

    [Fact]
    public void TheFormIsOnTheOpenTask()
    {
        var task = FormFlow().Start().State.OpenTasks.Single().Task!;

        task.Form!.Fields.Select(f => f.Kind).ShouldBe(
            [FieldKinds.LongText, FieldKinds.Select, FieldKinds.Number, FieldKinds.Rating, FieldKinds.Checkbox, FieldKinds.EvidenceLink, FieldKinds.Date, FieldKinds.MaturityMatrix]);
        task.Form.Fields[7].Domains.ShouldBe(["Leadership", "Workforce"]);
    }

    [Fact]
    public void ValidAnswers_AreAccepted_AndBecomeTheTaskOutput()
    {
        var flow = FormFlow();
        var state = flow.Start().State;

        var result = flow.Resume(state, state.OpenTasks.Single().Id, new ResumeInput { Fields = Valid() });

        result.Resume.Status.ShouldBe(ResumeStatus.Resumed);
        state.OutputLog.ShouldBe(["High, 12 practices, Leadership at Step 1"]);
        JsonNode.DeepEquals(state.Tasks["task"].Fields, Valid()).ShouldBeTrue();
    }

    [Fact]
    public void MissingRequiredFields_AreRejectedPerField()
    {
        var fields = Valid();
        fields.Remove("summary");
        fields["agreed"] = false;

        var errors = Reject(fields);

        errors.ShouldBe([new FieldError("summary", "Enter 'Summary'."), new FieldError("agreed", "Confirm 'The board agreed'.")], ignoreOrder: true);
    }

    [Fact]
    public void AChoiceThatIsNotAnOption_IsRejected()
    {
        var fields = Valid();
        fields["priority"] = "Urgent";

        Reject(fields).ShouldBe([new FieldError("priority", "Choose one of the options for 'Priority'.")]);
    }

    [Fact]
    public void NumbersBuiltInCode_AreCheckedLikeParsedOnes()
    {
        // A host that builds answers in C# hands over JsonValues wrapping int or decimal, not parsed JSON elements.
        var form = FormSchema.Parse(JsonNode.Parse(Form), (path, message) => throw new InvalidOperationException($"{path}: {message}"));
        var fields = Valid();

        fields["practices"] = JsonValue.Create(12);
        fields["confidence"] = JsonValue.Create(4m);
        FormValidator.Validate(form, fields).ShouldBeEmpty();

        fields["practices"] = JsonValue.Create(25L);
        FormValidator.Validate(form, fields).ShouldBe([new FieldError("practices", "'Member practices' must be between 1 and 20.")]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(21)]
    public void ANumberOutOfRange_IsRejected(double practices)
    {
        var fields = Valid();
        fields["practices"] = practices;

        Reject(fields).ShouldBe([new FieldError("practices", "'Member practices' must be between 1 and 20.")]);
    }

    [Fact]
    public void ARatingThatIsNotAWholeNumberFrom1To5_IsRejected()
    {
        var fields = Valid();
        fields["confidence"] = 6;

        Reject(fields).ShouldHaveSingleItem().Field.ShouldBe("confidence");
    }

    [Fact]
    public void AMaturityMatrixMissingADomain_IsRejected()
    {
        var fields = Valid();
        fields["matrix"]!.AsObject().Remove("Workforce");

        Reject(fields).ShouldBe([new FieldError("matrix", "Give the current and target level for 'Workforce'.")]);
    }

    [Fact]
    public void AMaturityMatrixLevelThatIsNotALevel_IsRejected()
    {
        var fields = Valid();
        fields["matrix"]!["Leadership"]!["target"] = "Step 9";

        Reject(fields).ShouldHaveSingleItem().Message.ShouldContain("Foundation, Step 1, Step 2, Step 3");
    }

    [Fact]
    public void EveryBadFieldIsReportedAtOnce_EachAsASentence()
    {
        var fields = new JsonObject
        {
            ["priority"] = "Urgent",
            ["practices"] = "lots",
            ["evidence"] = "ftp://example.org/file",
            ["start"] = "31/12/2025",
        };

        var errors = Reject(fields);

        errors.Select(e => e.Field).ShouldBe(["summary", "priority", "practices", "agreed", "evidence", "start", "matrix"], ignoreOrder: true);
        errors.ShouldAllBe(e => e.Message.EndsWith('.'));
    }

    [Fact]
    public void ARejectedResume_ChangesNothing_AndTheTaskCanStillBeCompleted()
    {
        var flow = FormFlow();
        var state = flow.Start().State;
        var bookmark = state.OpenTasks.Single().Id;
        var before = WorkflowStateSerializer.Serialize(state);

        var rejected = flow.Resume(state, bookmark, new ResumeInput { Fields = new JsonObject { ["priority"] = "Urgent" } });

        rejected.Resume.Status.ShouldBe(ResumeStatus.Rejected);
        rejected.Effects.ShouldBeEmpty();
        WorkflowStateSerializer.Serialize(state).ShouldBe(before);
        flow.Resume(state, bookmark, new ResumeInput { Fields = Valid() }).Resume.Status.ShouldBe(ResumeStatus.Resumed);
    }

    private static Flow FormFlow() => Flow.Of(
        [Act.Task("task", ("form", In.Obj(Form))),
         Act.WriteLineJs("w", "const f = getOutputFrom('task'); f.priority + ', ' + f.practices + ' practices, Leadership at ' + f.matrix.Leadership.current")],
        ["task -> w"]);

    private static IReadOnlyList<FieldError> Reject(JsonObject fields)
    {
        var flow = FormFlow();
        var state = flow.Start().State;
        var result = flow.Resume(state, state.OpenTasks.Single().Id, new ResumeInput { Fields = fields });
        result.Resume.Status.ShouldBe(ResumeStatus.Rejected);
        return result.Resume.Errors;
    }

    private static JsonObject Valid() => JsonNode.Parse("""
        {
          "summary": "We agreed our priorities.",
          "priority": "High",
          "practices": 12,
          "confidence": 4,
          "agreed": true,
          "evidence": "https://example.org/minutes.pdf",
          "start": "2025-02-01",
          "matrix": {
            "Leadership": { "current": "Step 1", "target": "Step 2" },
            "Workforce": { "current": "Foundation", "target": "Step 1", "evidence": "Rota", "supportNeed": "Training" }
          }
        }
        """)!.AsObject();
}
