namespace PcnFlow.Engine.Calendar;

/// <summary>One bank holiday: a day on which GP practices and PCN staff are not expected to work.</summary>
/// <param name="Date">The day the holiday is taken, which for a substitute day is the weekday it moved to.</param>
/// <param name="Title">The name shown to users, e.g. <c>Boxing Day (substitute day)</c>.</param>
public sealed record BankHoliday(DateOnly Date, string Title);
