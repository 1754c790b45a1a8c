using PcnFlow.Engine.Runtime;

namespace PcnFlow.Engine.Tasks;

/// <summary>
/// <c>PcnFlow.SignOff</c>: an approver approves or returns earlier work. Returning needs a comment, which
/// the returned tasks show when they reopen.
/// </summary>
public sealed class SignOff : TaskActivity
{
    /// <summary>The approve port.</summary>
    public const string Approved = "Approved";

    /// <summary>The return port.</summary>
    public const string Returned = "Returned";

    private List<string> _signsOff = [];

    /// <inheritdoc />
    protected override string Kind => TaskKinds.SignOff;

    /// <inheritdoc />
    protected override string OwnerInput => "approverRole";

    /// <inheritdoc />
    protected internal override void Configure(ActivityCompiler compiler)
    {
        base.Configure(compiler);
        SetOutcomes([Approved, Returned]);
        _signsOff = [.. Activities.ListValues.Strings(compiler.Input("signsOff")?.Constant)];
    }

    /// <inheritdoc />
    protected internal override void Execute(ActivityContext context) => Open(context, customise: t => t.SignsOff = [.. _signsOff]);

    /// <inheritdoc />
    protected override IEnumerable<FieldError> ValidateDecision(HumanTaskPayload task, string? outcome, ResumeInput input)
    {
        if (string.Equals(outcome, Returned, StringComparison.OrdinalIgnoreCase) && string.IsNullOrWhiteSpace(input.Comment))
            yield return new FieldError("comment", "Say what needs to change before this can be signed off.");
    }

    /// <inheritdoc />
    protected override void OnDecided(ActivityContext context, HumanTaskPayload task, string outcome, ResumeInput input)
    {
        if (outcome != Returned || input.Comment == null)
            return;
        foreach (var taskId in _signsOff)
            context.State.ReturnedComments[taskId] = input.Comment;
    }

    /// <summary>The tasks this sign-off covers.</summary>
    public IReadOnlyList<string> SignsOff => _signsOff;
}
