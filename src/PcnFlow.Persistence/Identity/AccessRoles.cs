using PcnFlow.Engine.Tasks;

namespace PcnFlow.Persistence.Identity;

/// <summary>The roles people hold. All but Admin are also task owner roles in the engine.</summary>
public static class AccessRoles
{
    public const string Admin = "Admin";
    public const string ProgrammeLead = Roles.ProgrammeLead;
    public const string ClinicalDirector = Roles.ClinicalDirector;
    public const string PracticeManager = Roles.PracticeManager;
    public const string PcnBoard = Roles.PcnBoard;
    public const string SupportPerson = Roles.SupportPerson;

    public static readonly IReadOnlyList<string> All = [Admin, ProgrammeLead, ClinicalDirector, PracticeManager, PcnBoard, SupportPerson];

    public static string? Normalise(string? role) => All.FirstOrDefault(r => string.Equals(r, role?.Trim(), StringComparison.OrdinalIgnoreCase));
}
