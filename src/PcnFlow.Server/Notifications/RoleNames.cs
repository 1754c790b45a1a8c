using PcnFlow.Engine.Tasks;

namespace PcnFlow.Server.Notifications;

/// <summary>Roles as people say them in a sentence: "it is with the practice managers".</summary>
internal static class RoleNames
{
    public static string Plain(string? role) => Roles.Normalise(role) switch
    {
        Roles.ClinicalDirector => "Clinical Director",
        Roles.ProgrammeLead => "programme lead",
        Roles.PracticeManager => "practice managers",
        Roles.PcnBoard => "PCN board",
        Roles.SupportPerson => "Clinical Director's support person",
        _ => role ?? "",
    };

    /// <summary>"the Clinical Director and the programme lead".</summary>
    public static string List(IEnumerable<string>? roles)
    {
        var names = (roles ?? []).Select(r => "the " + Plain(r)).ToList();
        return names.Count switch
        {
            0 => "",
            1 => names[0],
            _ => string.Join(", ", names[..^1]) + " and " + names[^1],
        };
    }
}
