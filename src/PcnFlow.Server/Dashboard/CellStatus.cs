namespace PcnFlow.Server.Dashboard;

/// <summary>Where a PCN is with one stage, worst first: anything overdue outweighs anything due soon, and so on.</summary>
internal enum CellStatus
{
    NotStarted,
    Done,
    InProgress,
    DueSoon,
    Overdue,
}
