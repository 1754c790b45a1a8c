namespace PcnFlow.Server.Organisations;

/// <summary>
/// A new person with their first role here. Without a password they set one through the reset-password
/// link; a support person names the CD they support in <see cref="SupportsUserId"/>.
/// </summary>
internal sealed record CreatePersonRequest(string? Email, string? DisplayName, string? Role, Guid? SupportsUserId, string? Password);
