namespace PcnFlow.Load;

/// <summary>The organisations and people the setup made, and the programme day 0 they all share.</summary>
public sealed class England(DateOnly day0)
{
    public const string Password = "Load-bench-password-1";

    public DateOnly Day0 => day0;

    public List<Ics> Icss { get; } = [];

    public IEnumerable<Pcn> Pcns => Icss.SelectMany(i => i.Pcns);
}

public sealed class Ics(Guid id, string leadEmail)
{
    public Guid Id => id;

    public string LeadEmail => leadEmail;

    public List<Pcn> Pcns { get; } = [];
}

public sealed record Pcn(Guid Id, Guid PracticeId, Guid DirectorId, string DirectorEmail);
