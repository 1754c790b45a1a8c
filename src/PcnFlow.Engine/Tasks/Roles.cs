namespace PcnFlow.Engine.Tasks;

/// <summary>The roles tasks can be given to.</summary>
public static class Roles
{
    /// <summary>A PCN's Clinical Director.</summary>
    public const string ClinicalDirector = "ClinicalDirector";

    /// <summary>An ICS programme lead.</summary>
    public const string ProgrammeLead = "ProgrammeLead";

    /// <summary>A member practice's manager.</summary>
    public const string PracticeManager = "PracticeManager";

    /// <summary>The PCN board of member practices.</summary>
    public const string PcnBoard = "PcnBoard";

    /// <summary>A CD's named support person or mentor.</summary>
    public const string SupportPerson = "SupportPerson";

    /// <summary>Every role, in the order people see them.</summary>
    public static readonly IReadOnlyList<string> All = [ClinicalDirector, ProgrammeLead, PracticeManager, PcnBoard, SupportPerson];

    /// <summary>The canonical spelling of a role, or null when it is not a role.</summary>
    public static string? Normalise(string? role)
    {
        var trimmed = role?.Trim();
        for (var i = 0; i < All.Count; i++)
        {
            if (string.Equals(All[i], trimmed, StringComparison.OrdinalIgnoreCase))
                return All[i];
        }
        return null;
    }
}
