using System.Text.Json.Nodes;
using PcnFlow.Engine.Runtime;

namespace PcnFlow.Engine.Tests.Activities;

/// <summary>Event, PublishEvent, ExecuteWorkflow and DispatchWorkflow: effects for the host and the bookmarks it resumes.</summary>
public sealed class EventAndChildWorkflowTests
{
    [Fact]
    public void PublishEvent_EmitsTheEventWithNameAndPayload()
    {
        var flow = Flow.Of(Act.Of(
            "publish",
            "Elsa.PublishEvent",
            ("eventName", In.Lit("BoardAgreed")),
            ("payload", In.Js("({ practices: 5, chair: 'Dr Lee' })")),
            ("correlationId", In.Lit("pcn-7"))));

        var run = flow.Start();

        var published = run.Effects.OfType<EventPublished>().ShouldHaveSingleItem();
        published.Name.ShouldBe("BoardAgreed");
        published.CorrelationId.ShouldBe("pcn-7");
        published.LocalOnly.ShouldBeFalse();
        var payload = published.Payload.ShouldBeAssignableTo<JsonObject>()!;
        payload["chair"]!.GetValue<string>().ShouldBe("Dr Lee");
        run.State.SubStatus.ShouldBe(WorkflowSubStatus.Finished);
    }

    [Fact]
    public void Event_WaitsOnAnEventBookmarkNamedAfterTheEvent()
    {
        var state = EventFlow().Start().State;

        var bookmark = state.Bookmarks.ShouldHaveSingleItem();
        bookmark.Kind.ShouldBe(BookmarkKinds.Event);
        bookmark.Key.ShouldBe("BoardAgreed");
        bookmark.DueAt.ShouldBeNull();
        state.SubStatus.ShouldBe(WorkflowSubStatus.Suspended);
    }

    [Fact]
    public void Event_ResumedWithAPayload_ContinuesAndTheOutputIsThePayload()
    {
        var flow = EventFlow();
        var state = flow.Start().State;

        var result = flow.Resume(state, state.Bookmarks[0].Id, new ResumeInput { Payload = new JsonObject { ["chair"] = "Dr Lee" } });

        result.Resume.Status.ShouldBe(ResumeStatus.Resumed);
        state.OutputLog.ShouldBe(["Chair: Dr Lee"]);
        state.SubStatus.ShouldBe(WorkflowSubStatus.Finished);
    }

    [Fact]
    public void PublishEvent_ThenEvent_TheHostDeliversThePayloadToTheWaitingBookmark()
    {
        var flow = Flow.Of(
            [Act.Fork("fork", "wait", "publish"), Act.Event("event", "Ready"), Act.WriteLineJs("w", "'Got ' + getOutputFrom('event')"),
             Act.Of("publish", "Elsa.PublishEvent", ("eventName", In.Lit("Ready")), ("payload", In.Lit("42")), ("isLocal", In.Lit("true", "Boolean")))],
            ["fork:wait -> event", "event -> w", "fork:publish -> publish"]);
        var run = flow.Start();
        var published = run.Effects.OfType<EventPublished>().ShouldHaveSingleItem();
        published.LocalOnly.ShouldBeTrue();

        var bookmark = run.State.Bookmarks.Single(b => b.Key == published.Name);
        flow.Resume(run.State, bookmark.Id, new ResumeInput { Payload = published.Payload });

        run.State.OutputLog.ShouldBe(["Got 42"]);
    }

    [Fact]
    public void ExecuteWorkflow_RequestsTheChildAndWaitsOnItsBookmark()
    {
        var run = ChildFlow("Elsa.ExecuteWorkflow").Start(new StartOptions { InstanceId = "parent" });

        var request = run.Effects.OfType<ChildWorkflowRequested>().ShouldHaveSingleItem();
        request.ActivityId.ShouldBe("child");
        request.DefinitionId.ShouldBe("first-100-days");
        request.Input["cdName"].ShouldBe("Dr A Patel");
        request.ChildInstanceId.ShouldStartWith("parent-");
        var bookmark = run.State.Bookmarks.ShouldHaveSingleItem();
        bookmark.Kind.ShouldBe(BookmarkKinds.ChildWorkflow);
        bookmark.Id.ShouldBe(request.WaitBookmarkId);
        bookmark.Key.ShouldBe(request.ChildInstanceId);
        run.State.OutputLog.ShouldBeEmpty();
    }

    [Fact]
    public void ExecuteWorkflow_InputFromJavaScript_IsPassedToTheChild()
    {
        var flow = Flow.Of(Act.Of(
            "child",
            "Elsa.ExecuteWorkflow",
            ("workflowDefinitionId", In.Lit("first-100-days")),
            ("input", In.Js("({ cdName: 'Dr ' + 'A Patel', day0: addDays(context.day0, 7) })"))));

        var request = flow.Start(new StartOptions { Day0 = new DateOnly(2025, 1, 6) }).Effects.OfType<ChildWorkflowRequested>().Single();

        request.Input["cdName"].ShouldBe("Dr A Patel");
        request.Input["day0"].ShouldBe("2025-01-13");
    }

    [Fact]
    public void ExecuteWorkflow_ResumedWithTheChildOutput_Continues()
    {
        var flow = ChildFlow("Elsa.ExecuteWorkflow");
        var run = flow.Start();
        var request = run.Effects.OfType<ChildWorkflowRequested>().Single();

        flow.Resume(run.State, request.WaitBookmarkId!, new ResumeInput { Payload = new JsonObject { ["plan"] = "agreed" } });

        run.State.OutputLog.ShouldBe(["""after {"plan":"agreed"}"""]);
        run.State.SubStatus.ShouldBe(WorkflowSubStatus.Finished);
    }

    [Fact]
    public void DispatchWorkflow_RequestsTheChildAndCarriesOnWithoutWaiting()
    {
        var run = ChildFlow("Elsa.DispatchWorkflow").Start();

        var request = run.Effects.OfType<ChildWorkflowRequested>().ShouldHaveSingleItem();
        request.WaitBookmarkId.ShouldBeNull();
        run.State.Bookmarks.ShouldBeEmpty();
        run.State.OutputLog.ShouldBe(["after \"" + request.ChildInstanceId + "\""]);
        run.State.SubStatus.ShouldBe(WorkflowSubStatus.Finished);
    }

    [Fact]
    public void DispatchWorkflow_WaitForCompletionTrue_Waits()
    {
        var flow = Flow.Of(Act.Of("child", "Elsa.DispatchWorkflow", ("workflowDefinitionId", In.Lit("other")), ("waitForCompletion", In.Lit("true", "Boolean"))));

        var run = flow.Start();

        run.State.Bookmarks.ShouldHaveSingleItem().Kind.ShouldBe(BookmarkKinds.ChildWorkflow);
        run.Effects.OfType<ChildWorkflowRequested>().Single().WaitBookmarkId.ShouldNotBeNull();
    }

    private static Flow EventFlow() => Flow.Of(
        [Act.Event("event", "BoardAgreed"), Act.WriteLineJs("w", "'Chair: ' + getOutputFrom('event').chair")],
        ["event -> w"]);

    private static Flow ChildFlow(string type) => Flow.Of(
        [Act.Of("child", type, ("workflowDefinitionId", In.Lit("first-100-days")), ("input", In.Obj("""{ "cdName": "Dr A Patel" }"""))),
         Act.WriteLineJs("w", "'after ' + JSON.stringify(getOutputFrom('child'))")],
        ["child -> w"]);
}
