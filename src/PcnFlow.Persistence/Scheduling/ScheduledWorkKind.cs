namespace PcnFlow.Persistence.Scheduling;

public enum ScheduledWorkKind
{
    ResumeTimer,
    OpenReview,
    TaskOpenedNotice,
    RequestSignOff,
    Reminder,
    Escalation,
}
