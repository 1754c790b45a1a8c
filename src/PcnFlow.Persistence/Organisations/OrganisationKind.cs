namespace PcnFlow.Persistence.Organisations;

public enum OrganisationKind
{
    Ics,
    Pcn,
    Practice,
}
