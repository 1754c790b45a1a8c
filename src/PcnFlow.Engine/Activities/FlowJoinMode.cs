namespace PcnFlow.Engine.Activities;

/// <summary>How an <c>Elsa.FlowJoin</c> merges its inbound branches.</summary>
public enum FlowJoinMode
{
    /// <summary>Continue on the first branch to arrive, cancelling what is still pending on the others.</summary>
    WaitAny,

    /// <summary>Continue once every inbound connection has delivered.</summary>
    WaitAll,

    /// <summary>Continue once every branch that can still arrive has arrived (the rule for implicit joins).</summary>
    WaitAllActive,
}
