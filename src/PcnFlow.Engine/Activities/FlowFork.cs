using PcnFlow.Engine.Runtime;

namespace PcnFlow.Engine.Activities;

/// <summary><c>Elsa.FlowFork</c>: continues along every named branch at once; each branch name is a port (<c>Done</c> when none are named).</summary>
public sealed class FlowFork : Activity
{
    private string[] _branches = [];

    /// <inheritdoc />
    public override IReadOnlyList<string> Ports => _branches;

    /// <inheritdoc />
    protected internal override void Configure(ActivityCompiler compiler)
    {
        var input = compiler.Input("branches", "String");
        if (input is { IsConstant: false })
            compiler.Problem($"The branches of '{Definition.Label}' must be written out, not computed, so they can be connected.", "branches");
        var branches = ListValues.Strings(input?.Constant);
        // Like Elsa, a fork without branches continues along Done.
        _branches = branches.Count == 0 ? DefaultPorts : [.. branches];
    }

    /// <inheritdoc />
    protected internal override void Execute(ActivityContext context) => context.Complete(_branches);
}
