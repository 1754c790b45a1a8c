using System.Text.Json.Nodes;
using PcnFlow.Engine.Expressions;

namespace PcnFlow.Engine.Tests.Expressions;

public class LiquidRendererTests
{
    private readonly LiquidRenderer _renderer = new();

    [Fact]
    public void Render_PcnNameWithFilter_Upcases() =>
        _renderer.Render("Welcome, {{ pcn.name | upcase }}!", new FakeScope()).ShouldBe("Welcome, NORTH STAR PCN!");

    [Fact]
    public void Render_ProgrammeAndInstance_AreAvailable() =>
        _renderer.Render("{{ programme.day0 }} {{ instance.id }} {{ instance.correlationId }}", new FakeScope())
            .ShouldBe("2024-04-01 instance-1 corr-42");

    [Fact]
    public void Render_VariablesAndInputs_AreAvailable()
    {
        var scope = new FakeScope()
            .WithVariable("Counter", 3.0)
            .WithVariable("Half", 2.5)
            .WithVariable("Practices", new JsonArray("Elm", "Oak"))
            .WithVariable("Lead", new JsonObject { ["fullName"] = "Dr Patel" })
            .WithInput("Region", "North");

        _renderer.Render("{{ variables.Counter }} {{ variables.Half }} {{ variables.Practices | join: ', ' }} {{ variables.Lead.fullName }} {{ inputs.Region }}", scope)
            .ShouldBe("3 2.5 Elm, Oak Dr Patel North");
    }

    [Fact]
    public void Render_TaskFields_AreAvailableForCompletedTasks()
    {
        var scope = new FakeScope().WithTask("agree-lead", "Done", new JsonObject { ["Lead"] = "Dr Patel", ["Hours"] = 6 }, "Agreed at board");

        _renderer.Render("{{ tasks.agree-lead.fields.Lead }} ({{ tasks.agree-lead.fields.Hours }}h) {{ tasks.agree-lead.outcome }}: {{ tasks['agree-lead'].comment }}|{{ tasks.not-done.outcome }}|", scope)
            .ShouldBe("Dr Patel (6h) Done: Agreed at board||");
    }

    [Fact]
    public void Render_DateFilter_UsesRubyFormat() =>
        _renderer.Render("{{ programme.day0 | date: '%d %B %Y' }}", new FakeScope()).ShouldBe("01 April 2024");

    [Fact]
    public void Render_Condition_UsesVariables() =>
        _renderer.Render("{% if variables.Counter > 2 %}many{% else %}few{% endif %}", new FakeScope().WithVariable("Counter", 5.0)).ShouldBe("many");

    [Fact]
    public void Render_UnknownName_RendersNothing() =>
        _renderer.Render("[{{ variables.Missing }}]", new FakeScope()).ShouldBe("[]");

    [Fact]
    public void Render_SyntaxError_ThrowsSyntax()
    {
        var failure = Should.Throw<ExpressionException>(() => _renderer.Render("{% if %}yes{% endif %}", new FakeScope()));

        failure.Kind.ShouldBe(ExpressionFailureKind.Syntax);
        failure.Message.ShouldStartWith("The template has a syntax error:");
    }

    [Fact]
    public void Render_EndlessLoops_StopOnTimeout()
    {
        var renderer = new LiquidRenderer(new ExpressionOptions { Timeout = TimeSpan.FromMilliseconds(200), MaxStatements = 0 });

        var failure = Should.Throw<ExpressionException>(() =>
            renderer.Render("{% for i in (1..100000) %}{% for j in (1..100000) %}{% endfor %}{% endfor %}", new FakeScope()));

        failure.Kind.ShouldBe(ExpressionFailureKind.Timeout);
        failure.Message.ShouldBe("The template ran for longer than 200 milliseconds and was stopped.");
    }

    [Fact]
    public void Render_AfterATimeout_TheNextRenderRunsNormally()
    {
        var renderer = new LiquidRenderer(new ExpressionOptions { Timeout = TimeSpan.FromMilliseconds(50), MaxStatements = 0 });
        Should.Throw<ExpressionException>(() => renderer.Render("{% for i in (1..100000) %}{% for j in (1..100000) %}{% endfor %}{% endfor %}", new FakeScope()));

        renderer.Render("{{ pcn.name }}", new FakeScope()).ShouldBe("North Star PCN");
    }

    [Fact]
    public void Render_AssignsAndCounters_DoNotCarryOverToTheNextRender()
    {
        _renderer.Render("{% assign x = 'set' %}{% increment n %}{% cycle 'a', 'b' %}", new FakeScope()).ShouldBe("0a");

        _renderer.Render("[{{ x }}]{% increment n %}{% cycle 'a', 'b' %}", new FakeScope()).ShouldBe("[]0a");
    }

    [Fact]
    public void Render_AfterAFailureInsideALoop_TheNextRenderSeesNoLeftoverScope()
    {
        Should.Throw<ExpressionException>(() =>
            _renderer.Render("{% for i in (1..3) %}{% assign y = i %}{{ 1 | divided_by: 0 }}{% endfor %}", new FakeScope()));

        _renderer.Render("[{{ i }}][{{ y }}]", new FakeScope()).ShouldBe("[][]");
    }

    [Fact]
    public void Render_EachRender_SeesItsOwnScope()
    {
        _renderer.Render("{{ variables.N }}", new FakeScope().WithVariable("N", 1.0)).ShouldBe("1");

        _renderer.Render("{{ variables.N }}", new FakeScope().WithVariable("N", 2.0)).ShouldBe("2");
    }

    [Fact]
    public void TryParse_ValidTemplate_ReturnsTrue()
    {
        LiquidRenderer.TryParse("Hello {{ pcn.name }}", out var error).ShouldBeTrue();
        error.ShouldBeNull();
    }

    [Fact]
    public void TryParse_UnclosedTag_ReturnsError()
    {
        LiquidRenderer.TryParse("{% for x in variables.List %}", out var error).ShouldBeFalse();
        error.ShouldNotBeNull().ShouldContain("for tag was never closed");
    }

    [Fact]
    public async Task Render_ManyThreads_RenderTheirOwnScopes()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => Task.Run(() =>
            _renderer.Render("{{ variables.N }}", new FakeScope().WithVariable("N", (double)i)))));

        results.ShouldBe(Enumerable.Range(0, 50).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }
}
