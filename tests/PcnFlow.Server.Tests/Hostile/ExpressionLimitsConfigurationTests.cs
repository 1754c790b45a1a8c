using Microsoft.Extensions.Options;
using PcnFlow.Server.Tests.Definitions;
using PcnFlow.Server.Tests.Infrastructure;
using PcnFlow.Server.Tests.Security;

namespace PcnFlow.Server.Tests.Hostile;

/// <summary>An app whose script limits are set far below the defaults, so each incident shows which setting stopped the script.</summary>
public sealed class TightScriptLimitsApp : SecuredApp
{
    protected override void Configure(PcnFlowAppFactory factory) => factory
        .With("Expressions:MaxStatements", "5000")
        .With("Expressions:RecursionLimit", "25")
        .With("Expressions:MemoryLimitBytes", "2097152")
        .With("Expressions:Timeout", "00:00:30");
}

[Collection(AppHosts.Name)]
public sealed class ExpressionLimitsConfigurationTests(TightScriptLimitsApp app) : IClassFixture<TightScriptLimitsApp>
{
    [Theory]
    [InlineData("var n = 0; while (true) n++", "ran more than 5,000 statements and was stopped")]
    [InlineData("function f(n) { return f(n + 1); } f(0)", "a function called itself more than 25 times")]
    [InlineData("'x'.repeat(2e6)", "used more than 2 MB of memory and was stopped")]
    public async Task The_limits_in_configuration_are_the_ones_scripts_run_under(string script, string words)
    {
        var instanceId = await HostileInstances.StartAsync(app, script, ScriptPlace.SetVariable);

        var incident = await HostileInstances.FaultedIncidentAsync(app, instanceId);
        HostileInstances.ShouldBePlain(incident, HostileDefinitions.HostileActivity, words);
    }

    [Fact]
    public async Task A_liquid_template_runs_under_the_configured_loop_limit_too()
    {
        var instanceId = await HostileInstances.StartAsync(app, "{% for i in (1..100000) %}x{% endfor %}", ScriptPlace.TaskTitle, "Liquid");

        var incident = await HostileInstances.FaultedIncidentAsync(app, instanceId);
        HostileInstances.ShouldBePlain(incident, HostileDefinitions.HostileActivity, "The template ran more than 5,000 loop iterations and was stopped");
    }

    [Fact]
    public async Task A_script_within_the_configured_limits_still_runs()
    {
        var instanceId = await HostileInstances.StartAsync(app, "var n = 0; for (var i = 0; i < 100; i++) n += i; n", ScriptPlace.DecisionCondition);

        await HostileInstances.FinishedWithoutIncidentAsync(app, instanceId);
    }

    [Theory]
    [InlineData("Expressions:MaxStatements")]
    [InlineData("Expressions:RecursionLimit")]
    [InlineData("Expressions:MemoryLimitBytes")]
    [InlineData("Expressions:Timeout")]
    public void A_negative_limit_stops_the_server_at_start_up_naming_the_setting(string setting)
    {
        using var factory = new PcnFlowAppFactory().With(setting, setting.EndsWith("Timeout", StringComparison.Ordinal) ? "-00:00:01" : "-1");

        var failure = Should.Throw<OptionsValidationException>(() => factory.CreateClient());

        failure.Message.ShouldContain(setting);
    }
}
