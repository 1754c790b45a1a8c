namespace PcnFlow.Server.Tests.Security;

/// <summary>The two sets of ids every route is called with: North ICS / PCN A, and South ICS / PCN C.</summary>
public enum OrganisationSet
{
    North,
    South,
}
