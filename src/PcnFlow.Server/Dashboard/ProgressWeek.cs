namespace PcnFlow.Server.Dashboard;

/// <summary>One week (Monday to Sunday, UK time): the tasks completed in it, and all completed up to its end.</summary>
internal sealed record ProgressWeek(DateOnly WeekStarting, int Completed, int CompletedToDate);
