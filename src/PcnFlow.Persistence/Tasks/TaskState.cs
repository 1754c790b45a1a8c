namespace PcnFlow.Persistence.Tasks;

public enum TaskState
{
    Open,
    Completed,
    Cancelled,
}
