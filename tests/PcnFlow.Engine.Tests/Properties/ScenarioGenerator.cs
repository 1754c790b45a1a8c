using FsCheck;
using FsCheck.Fluent;

namespace PcnFlow.Engine.Tests.Properties;

/// <summary>FsCheck generators and shrinkers for <see cref="Scenario"/>s.</summary>
internal static class ScenarioGenerator
{
    private static readonly string[][] OutcomeSets = [["Done"], ["Yes", "No"], ["Agree", "Disagree", "Defer"]];
    private static readonly string[] Modes = ["WaitAll", "WaitAny", "WaitAllActive"];
    private static readonly string[] Durations = ["00:05:00", "PT30M", "PT2H", "P1D", "1.00:00:00", "js:getVariable('v1') * 60 - 120", "js:getVariable('v2') * 37.3"];

    public static Gen<Scenario> Scenarios =>
        from steps in Gen.Sized(size => Sequence(Math.Clamp(size / 25, 1, 3), 1, 5))
        from count in Gen.Choose(0, 60)
        from choices in Gen.ArrayOf(Gen.Choose(0, 999), count)
        select new Scenario(steps, choices);

    public static Arbitrary<Scenario> Arbitrary => Arb.From(Scenarios, Shrink);

    private static Gen<int> Variable => Gen.Choose(0, ScenarioWriter.VariableCount - 1);

    // One name in three is written in capitals.
    private static Gen<bool> Capitals => Gen.Elements(false, false, true);

    private static Gen<Step[]> Sequence(int depth, int min, int max) =>
        Gen.Choose(min, max).SelectMany(n => Gen.ArrayOf(Step(depth), n));

    private static Gen<Step> Step(int depth)
    {
        var leaves = new List<(int, Gen<Step>)>
        {
            (4, from v in Variable from style in Gen.Elements(TextStyle.Literal, TextStyle.Script, TextStyle.Liquid) from capitals in Capitals select (Step)new Write(v, style, capitals)),
            (4, from v in Variable from delta in Gen.Choose(1, 9) from literal in Gen.Elements(false, false, true) from capitals in Capitals select (Step)new Assign(v, delta, literal, capitals)),
            (3, from timer in Gen.Elements(false, true) from duration in Gen.Elements(Durations) select (Step)new Wait(timer, duration)),
            (3, Gen.Choose(0, ScenarioWriter.EventNameCount - 1).Select(n => (Step)new Await(n))),
            (5, from outcomes in Gen.Elements(OutcomeSets) from form in Gen.Elements(false, true) from due in Gen.Elements(false, true) select (Step)new Ask(outcomes, [], form, due)),
            (1, Gen.Elements(false, false, true).Select(fault => (Step)new Stop(fault))),
        };
        if (depth > 0)
        {
            var inner = Sequence(depth - 1, 0, 3);
            leaves.AddRange(
            [
                (3, from condition in Gen.Elements(Condition.Above, Condition.Even, Condition.LastTaskTookFirstOutcome)
                    from v in Variable from threshold in Gen.Choose(0, 30)
                    from then in inner from otherwise in inner from merge in Gen.Elements(false, true) from capitals in Capitals
                    select (Step)new Decide(condition, v, threshold, then, otherwise, merge, capitals)),
                (3, from count in Gen.Choose(1, 3) from branches in Gen.ArrayOf(inner, count) from mode in Gen.Elements(Modes) select (Step)new Fork(branches, mode)),
                (2, from times in Gen.Choose(1, 3) from body in inner select (Step)new Loop(times, body)),
                (2, from outcomes in Gen.Elements(OutcomeSets.Skip(1)) from branches in Gen.ArrayOf(inner, outcomes.Length) from form in Gen.Elements(false, true)
                    select (Step)new Ask(outcomes, branches, form, false)),
                (2, from outcomes in Gen.Elements(OutcomeSets) from rest in inner from returnTo in Gen.Elements(0, 0, 1, 2)
                    select (Step)new Approve([new Ask(outcomes, [], false, false), .. rest], returnTo)),
                (2, from body in inner from start in Gen.Elements(false, true) from end in Gen.Elements(false, true) select (Step)new Nested(body, start, end)),
            ]);
        }
        return Gen.Frequency(leaves.ToArray());
    }

    private static IEnumerable<Scenario> Shrink(Scenario scenario)
    {
        foreach (var steps in ShrinkSequence(scenario.Steps))
            yield return scenario with { Steps = steps };
        if (scenario.Choices.Length > 0)
        {
            yield return scenario with { Choices = [] };
            yield return scenario with { Choices = scenario.Choices[..(scenario.Choices.Length / 2)] };
            yield return scenario with { Choices = scenario.Choices[..^1] };
        }
    }

    /// <summary>Smaller sequences: a step removed, a composite replaced by one of its own sequences, or one step shrunk.</summary>
    private static IEnumerable<Step[]> ShrinkSequence(Step[] steps)
    {
        for (var i = 0; i < steps.Length; i++)
            yield return [.. steps[..i], .. steps[(i + 1)..]];
        for (var i = 0; i < steps.Length; i++)
        {
            foreach (var inner in Children(steps[i]))
                yield return [.. steps[..i], .. inner, .. steps[(i + 1)..]];
        }
        for (var i = 0; i < steps.Length; i++)
        {
            foreach (var smaller in ShrinkStep(steps[i]))
                yield return [.. steps[..i], smaller, .. steps[(i + 1)..]];
        }
    }

    private static Step[][] Children(Step step) => step switch
    {
        Decide d => [d.Then, d.Else],
        Fork f => f.Branches,
        Loop l => [l.Body],
        Ask a => a.Branches,
        Approve a => [a.Work],
        Nested n => [n.Body],
        _ => [],
    };

    private static IEnumerable<Step> ShrinkStep(Step step) => step switch
    {
        Decide d => ShrinkSequence(d.Then).Select(s => d with { Then = s }).Concat(ShrinkSequence(d.Else).Select(s => (Step)(d with { Else = s }))),
        Fork f => ShrinkBranches(f.Branches, allowFewer: true).Select(b => (Step)(f with { Branches = b })),
        Loop l => (l.Times > 1 ? [l with { Times = 1 }] : Array.Empty<Step>()).Concat(ShrinkSequence(l.Body).Select(s => (Step)(l with { Body = s }))),
        Ask a => ShrinkBranches(a.Branches, allowFewer: false).Select(b => (Step)(a with { Branches = b })),
        Approve a => (a.ReturnTo > 0 ? [a with { ReturnTo = 0 }] : Array.Empty<Step>()).Concat(ShrinkSequence(a.Work).Select(s => (Step)(a with { Work = s }))),
        Nested n => ShrinkSequence(n.Body).Select(s => (Step)(n with { Body = s })),
        _ => [],
    };

    private static IEnumerable<Step[][]> ShrinkBranches(Step[][] branches, bool allowFewer)
    {
        if (allowFewer && branches.Length > 1)
        {
            for (var i = 0; i < branches.Length; i++)
                yield return [.. branches[..i], .. branches[(i + 1)..]];
        }
        for (var i = 0; i < branches.Length; i++)
        {
            foreach (var smaller in ShrinkSequence(branches[i]))
                yield return [.. branches[..i], smaller, .. branches[(i + 1)..]];
        }
    }
}
