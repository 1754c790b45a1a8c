namespace PcnFlow.Server.Tasks;

/// <summary>The person to give the task to; null gives it back to everyone holding its role.</summary>
internal sealed record ReassignTaskRequest(Guid? UserId);
