using PcnFlow.Engine.Runtime;

namespace PcnFlow.Engine.Tasks;

/// <summary>
/// <c>PcnFlow.SendNotification</c>: renders a subject and body (Liquid) and asks the host to deliver them
/// to everyone holding the given roles for the instance.
/// </summary>
public sealed class SendNotification : Activity
{
    private CompiledInput? _to;
    private CompiledInput? _subject;
    private CompiledInput? _body;

    /// <inheritdoc />
    protected internal override void Configure(ActivityCompiler compiler)
    {
        _to = compiler.Input("to", required: true, missingMessage: $"'{Definition.Label}' does not say who to notify.");
        foreach (var role in Activities.ListValues.Strings(_to?.Constant))
        {
            if (Roles.Normalise(role) == null)
                compiler.Problem($"'{Definition.Label}' notifies '{role}', which is not a role. Use one of {string.Join(", ", Roles.All)}.", "to", "unknown-role");
        }
        _subject = compiler.Input("subject", "String", required: true, missingMessage: $"'{Definition.Label}' needs a subject.");
        _body = compiler.Input("body", "String");
    }

    /// <inheritdoc />
    protected internal override void Execute(ActivityContext context)
    {
        var to = Activities.ListValues.Strings(context.Evaluate(_to)).Select(r => Roles.Normalise(r) ?? r).ToList();
        context.Emit(new NotificationRequested(Id, to, context.EvaluateText(_subject) ?? "", context.EvaluateText(_body) ?? ""));
        context.Complete();
    }
}
