using System.Text.Json.Nodes;
using PcnFlow.Engine.Runtime;
using PcnFlow.Engine.Tasks;

namespace PcnFlow.Engine.Tests.Programmes;

/// <summary>The step 3 maturity matrix and the step 4 funding rules refuse answers the domain brief rules out.</summary>
public sealed class SixStepFormTests
{
    private static readonly string[] Domains =
    [
        "Leadership, planning and partnerships",
        "Use of data and population health management",
        "Integrating care",
        "Managing resources",
        "Working with people and communities",
    ];

    private static ProgrammeRun AtStep(int step)
    {
        var run = ProgrammeRun.SixStep(new DateOnly(2019, 7, 1), autoComplete: true);
        run.Host.AdvanceTo(ProgrammeRun.London(step == 3 ? new DateOnly(2019, 9, 18) : new DateOnly(2019, 10, 16)));
        run.Host.AutoCompleteTasks = false;
        return run;
    }

    [Fact]
    public void SelfAssessment_HasTheFiveDomainsAndFourLevels()
    {
        var run = AtStep(3);

        var matrix = run.Task("step3-self-assessment").Task!.Form!.Fields.Single(f => f.Kind == FieldKinds.MaturityMatrix);

        matrix.Domains.ShouldBe(Domains);
        matrix.Levels.ShouldBe(["Foundation", "Step 1", "Step 2", "Step 3"]);
        run.Task("step3-self-assessment").Task!.Instructions!.ShouldContain("not a performance management tool");
    }

    [Fact]
    public void SelfAssessment_WithALevelThatIsNotOnTheMatrix_IsRejected()
    {
        var run = AtStep(3);
        var grid = new JsonObject();
        foreach (var domain in Domains)
            grid[domain] = new JsonObject { ["current"] = "Foundation", ["target"] = "Step 4", ["evidence"] = "Board minutes", ["supportNeed"] = "Data analyst" };

        var result = run.Complete("step3-self-assessment", fields: new JsonObject { ["maturityMatrix"] = grid });

        result.Status.ShouldBe(ResumeStatus.Rejected);
        result.Errors.ShouldContain(e => e.Field == "maturityMatrix");
        run.IsOpen("step3-self-assessment").ShouldBeTrue();
    }

    [Fact]
    public void SelfAssessment_WithEveryDomainScored_IsAccepted()
    {
        var run = AtStep(3);
        var grid = new JsonObject();
        foreach (var domain in Domains)
            grid[domain] = new JsonObject { ["current"] = "Foundation", ["target"] = "Step 2", ["evidence"] = "Board minutes", ["supportNeed"] = "Data analyst" };

        run.Complete("step3-self-assessment", fields: new JsonObject { ["maturityMatrix"] = grid }).Status.ShouldBe(ResumeStatus.Resumed);

        run.Main.Tasks["step3-self-assessment"].Fields["maturityMatrix"]!["Integrating care"]!["target"]!.GetValue<string>().ShouldBe("Step 2");
    }

    [Theory]
    [InlineData("canFreeClinicalTime")]
    [InlineData("notCoveredElsewhere")]
    [InlineData("notInContracts")]
    [InlineData("existingFundsFirst")]
    [InlineData("cdDevelopmentShare")]
    public void FundingCheck_WithAFundingRuleNotConfirmed_IsRejected(string rule)
    {
        var run = AtStep(4);

        var result = run.Complete("step4-funding-check", fields: new JsonObject { [rule] = false });

        result.Status.ShouldBe(ResumeStatus.Rejected);
        result.Errors.ShouldHaveSingleItem().Field.ShouldBe(rule);
    }

    [Fact]
    public void FundingCheck_CoversEveryRuleInTheBrief()
    {
        var run = AtStep(4);

        var checkboxes = run.Task("step4-funding-check").Task!.Form!.Fields.Where(f => f.Kind == FieldKinds.Checkbox).ToList();

        checkboxes.Count.ShouldBe(9, "three allowed, four not allowed, existing funds first, about 10% for CD development");
        checkboxes.ShouldAllBe(f => f.Required);
        run.Complete("step4-funding-check").Status.ShouldBe(ResumeStatus.Resumed);
        run.IsOpen("step4-signoff").ShouldBeTrue();
    }
}
