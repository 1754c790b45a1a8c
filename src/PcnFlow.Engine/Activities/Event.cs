using PcnFlow.Engine.Runtime;

namespace PcnFlow.Engine.Activities;

/// <summary><c>Elsa.Event</c>: waits until an event with the given name is published; its payload becomes the output.</summary>
public sealed class Event : Activity
{
    private CompiledInput? _eventName;

    /// <inheritdoc />
    protected internal override void Configure(ActivityCompiler compiler) => _eventName = compiler.Input("eventName", "String", required: true);

    /// <inheritdoc />
    protected internal override void Execute(ActivityContext context) =>
        context.CreateBookmark(BookmarkKinds.Event, key: context.EvaluateText(_eventName));

    /// <inheritdoc />
    protected internal override void OnResume(ActivityContext context, Bookmark bookmark, ResumeInput input)
    {
        context.State.ActivityOutputs[Id] = input.Payload;
        context.Complete();
    }
}
