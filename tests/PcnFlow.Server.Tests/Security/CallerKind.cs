namespace PcnFlow.Server.Tests.Security;

public enum CallerKind
{
    Anonymous,
    Admin,
    ProgrammeLead,
    PcnMember,
    SupportPerson,
}
