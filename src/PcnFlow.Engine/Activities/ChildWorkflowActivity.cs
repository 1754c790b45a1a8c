using System.Text.Json.Nodes;
using PcnFlow.Engine.Expressions;
using PcnFlow.Engine.Runtime;

namespace PcnFlow.Engine.Activities;

/// <summary>
/// Base for <c>Elsa.ExecuteWorkflow</c> and <c>Elsa.DispatchWorkflow</c>: asks the host to start a child
/// instance of another definition and, when waiting, suspends until the host reports the child's output.
/// </summary>
public abstract class ChildWorkflowActivity : Activity
{
    private CompiledInput? _definitionId;
    private CompiledInput? _input;
    private CompiledInput? _correlationId;
    private CompiledInput? _wait;

    /// <summary>Whether the parent waits when <c>waitForCompletion</c> is not given.</summary>
    protected abstract bool WaitsByDefault { get; }

    /// <summary>The child definition id, when it is constant (for validation and tooling).</summary>
    public string? ChildDefinitionId => _definitionId is { IsConstant: true } ? LiteralConverter.ToText(_definitionId.Constant) : null;

    /// <inheritdoc />
    protected internal override void Configure(ActivityCompiler compiler)
    {
        _definitionId = compiler.Input("workflowDefinitionId", "String", required: true, missingMessage: $"'{Definition.Label}' must say which workflow to start (workflowDefinitionId).");
        _input = compiler.Input("input");
        _correlationId = compiler.Input("correlationId", "String");
        _wait = compiler.Input("waitForCompletion", "Boolean");
    }

    /// <inheritdoc />
    protected internal override void Execute(ActivityContext context)
    {
        var definitionId = context.EvaluateText(_definitionId) ?? "";
        var input = ToDictionary(context.Evaluate(_input));
        var wait = _wait == null ? WaitsByDefault : LiteralConverter.ToBoolean(context.Evaluate(_wait));
        var childId = $"{context.State.InstanceId}-{context.NewId("c")}";
        string? bookmarkId = null;
        if (wait)
            bookmarkId = context.CreateBookmark(BookmarkKinds.ChildWorkflow, key: childId).Id;
        context.Emit(new ChildWorkflowRequested(Id, childId, definitionId, input, context.EvaluateText(_correlationId) ?? context.State.CorrelationId, bookmarkId));
        if (!wait)
        {
            context.State.ActivityOutputs[Id] = childId;
            context.Complete();
        }
    }

    /// <inheritdoc />
    protected internal override void OnResume(ActivityContext context, Bookmark bookmark, ResumeInput input)
    {
        context.State.ActivityOutputs[Id] = input.Payload;
        context.Complete();
    }

    private static Dictionary<string, object?> ToDictionary(object? value)
    {
        var result = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        if (value is JsonObject obj)
        {
            foreach (var (key, node) in obj)
                result[key] = LiteralConverter.FromJson(node);
        }
        return result;
    }
}
