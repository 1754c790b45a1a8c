namespace PcnFlow.Engine.Tests.Properties;

/// <summary>
/// One step of a generated flowchart, before ids are given out. A list of steps runs in order; composite
/// steps hold lists of their own. <see cref="ScenarioWriter"/> turns any tree of steps into a valid definition,
/// so generators and shrinkers can build and cut trees freely.
/// </summary>
internal abstract record Step;

/// <summary>Elsa.WriteLine, its text a literal, a script or a Liquid template reading <c>Variable</c>.</summary>
/// <remarks>With <c>Capitals</c> a script names the variable in capitals (<c>V1</c>): names are case-insensitive.</remarks>
internal sealed record Write(int Variable, TextStyle Style, bool Capitals) : Step;

/// <summary>Elsa.SetVariable: <c>v = (v + Delta) % 50</c> by script, or <c>Delta</c> as a literal.</summary>
internal sealed record Assign(int Variable, int Delta, bool Literal, bool Capitals) : Step;

/// <summary>Elsa.FlowDecision on a variable (or on an earlier task's outcome), merging after both branches.</summary>
internal sealed record Decide(Condition Condition, int Variable, int Threshold, Step[] Then, Step[] Else, bool ExplicitMerge, bool Capitals) : Step;

/// <summary>Elsa.FlowFork into each branch, then an Elsa.FlowJoin in the given mode.</summary>
internal sealed record Fork(Step[][] Branches, string Mode) : Step;

/// <summary>An implicit loop: a counter set to 0, the body, the counter incremented, and a back edge while it is below <c>Times</c>.</summary>
internal sealed record Loop(int Times, Step[] Body) : Step;

/// <summary>PcnFlow.HumanTask with one branch per outcome (a single outcome needs none).</summary>
internal sealed record Ask(string[] Outcomes, Step[][] Branches, bool WithForm, bool WithDue) : Step;

/// <summary>
/// The work, then a PcnFlow.SignOff: Approved carries on, Returned loops back to the start of work step
/// <c>ReturnTo</c> (like the six-step programme returning to the task that summarises a step), and the
/// sign-off covers the tasks from there on.
/// </summary>
internal sealed record Approve(Step[] Work, int ReturnTo) : Step;

/// <summary>Elsa.Delay or Elsa.Timer; the duration is ISO text, a TimeSpan, or a script returning seconds (maybe none).</summary>
internal sealed record Wait(bool Timer, string Duration) : Step;

/// <summary>Elsa.Event waiting for one of a few shared names.</summary>
internal sealed record Await(int Name) : Step;

/// <summary>A nested Elsa.Flowchart, with or without an Elsa.Start, optionally closed by an Elsa.End that ends only the nested chart.</summary>
internal sealed record Nested(Step[] Body, bool WithStart, bool EndsWithEnd) : Step;

/// <summary>Elsa.End (ends its flowchart) or a deliberate Elsa.Fault; nothing after it in the same list runs.</summary>
internal sealed record Stop(bool Fault) : Step;

/// <summary>How a WriteLine's text is written.</summary>
internal enum TextStyle
{
    Literal,
    Script,
    Liquid,
}

/// <summary>What a decision tests.</summary>
internal enum Condition
{
    Above,
    Even,
    LastTaskTookFirstOutcome,
}
