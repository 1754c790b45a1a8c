using PcnFlow.Engine.Activities;
using PcnFlow.Engine.Tasks;

namespace PcnFlow.Engine.Runtime;

/// <summary>The activity types the engine can run, by Elsa type name.</summary>
public sealed class ActivityRegistry
{
    private readonly Dictionary<string, Func<Activity>> _factories = new(StringComparer.Ordinal);

    /// <summary>Every registered type name, sorted.</summary>
    public IReadOnlyList<string> TypeNames => [.. _factories.Keys.Order(StringComparer.Ordinal)];

    /// <summary>Registers an activity type under its Elsa type name.</summary>
    public ActivityRegistry Register<T>(string typeName) where T : Activity, new()
    {
        _factories[typeName] = static () => new T();
        return this;
    }

    /// <summary>Whether the type name is registered.</summary>
    public bool IsKnown(string typeName) => _factories.ContainsKey(typeName);

    internal Activity? Create(string typeName) => _factories.TryGetValue(typeName, out var factory) ? factory() : null;

    /// <summary>Elsa's core activities plus PcnFlow's human-work activities.</summary>
    public static ActivityRegistry CreateDefault() => new ActivityRegistry()
        .Register<Flowchart>("Elsa.Flowchart")
        .Register<FlowNode>("Elsa.FlowNode")
        .Register<Start>("Elsa.Start")
        .Register<End>("Elsa.End")
        .Register<Finish>("Elsa.Finish")
        .Register<Complete>("Elsa.Complete")
        .Register<Fault>("Elsa.Fault")
        .Register<WriteLine>("Elsa.WriteLine")
        .Register<SetVariable>("Elsa.SetVariable")
        .Register<SetOutput>("Elsa.SetOutput")
        .Register<Correlate>("Elsa.Correlate")
        .Register<SetName>("Elsa.SetName")
        .Register<FlowDecision>("Elsa.FlowDecision")
        .Register<FlowSwitch>("Elsa.FlowSwitch")
        .Register<FlowFork>("Elsa.FlowFork")
        .Register<FlowJoin>("Elsa.FlowJoin")
        .Register<Delay>("Elsa.Delay")
        .Register<StartAt>("Elsa.StartAt")
        .Register<Activities.Timer>("Elsa.Timer")
        .Register<Cron>("Elsa.Cron")
        .Register<Event>("Elsa.Event")
        .Register<PublishEvent>("Elsa.PublishEvent")
        .Register<ExecuteWorkflow>("Elsa.ExecuteWorkflow")
        .Register<DispatchWorkflow>("Elsa.DispatchWorkflow")
        .Register<Sequence>("Elsa.Sequence")
        .Register<ForEach>("Elsa.ForEach")
        .Register<ParallelForEach>("Elsa.ParallelForEach")
        .Register<RunJavaScript>("Elsa.RunJavaScript")
        .Register<HumanTask>("PcnFlow.HumanTask")
        .Register<SignOff>("PcnFlow.SignOff")
        .Register<Review>("PcnFlow.Review")
        .Register<SendNotification>("PcnFlow.SendNotification");
}
