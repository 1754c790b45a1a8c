namespace PcnFlow.Persistence.Scheduling;

public enum ScheduledWorkStatus
{
    Pending,
    Done,
    Cancelled,
}
