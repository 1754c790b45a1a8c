using PcnFlow.Engine.Expressions;
using PcnFlow.Engine.Runtime;

namespace PcnFlow.Engine.Activities;

/// <summary><c>Elsa.PublishEvent</c>: asks the host to resume <c>Elsa.Event</c> bookmarks with the same name.</summary>
public sealed class PublishEvent : Activity
{
    private CompiledInput? _eventName;
    private CompiledInput? _correlationId;
    private CompiledInput? _isLocal;
    private CompiledInput? _payload;

    /// <inheritdoc />
    protected internal override void Configure(ActivityCompiler compiler)
    {
        _eventName = compiler.Input("eventName", "String", required: true);
        _correlationId = compiler.Input("correlationId", "String");
        _isLocal = compiler.Input("isLocal", "Boolean");
        _payload = compiler.Input("payload");
    }

    /// <inheritdoc />
    protected internal override void Execute(ActivityContext context)
    {
        var name = context.EvaluateText(_eventName) ?? "";
        var local = LiteralConverter.ToBoolean(context.Evaluate(_isLocal));
        context.Emit(new EventPublished(name, context.Evaluate(_payload), context.EvaluateText(_correlationId), local));
        context.Complete();
    }
}
