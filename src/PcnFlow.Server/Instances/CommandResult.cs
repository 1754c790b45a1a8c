using PcnFlow.Engine.Runtime;

namespace PcnFlow.Server.Instances;

internal enum CommandStatus
{
    Ok,
    NotFound,
    Conflict,
    Invalid,
}

/// <summary>What a command did, in terms the API turns into 200, 404, 409 or 400 problem details.</summary>
internal sealed record CommandResult<T>(CommandStatus Status, T? Value, string? Message, IReadOnlyList<FieldError> Errors)
{
    public static CommandResult<T> Ok(T value) => new(CommandStatus.Ok, value, null, []);
    public static CommandResult<T> NotFound() => new(CommandStatus.NotFound, default, null, []);
    public static CommandResult<T> Conflict(string message) => new(CommandStatus.Conflict, default, message, []);
    public static CommandResult<T> Invalid(IReadOnlyList<FieldError> errors) => new(CommandStatus.Invalid, default, null, errors);
    public static CommandResult<T> Invalid(string field, string message) => new(CommandStatus.Invalid, default, message, [new FieldError(field, message)]);
}
