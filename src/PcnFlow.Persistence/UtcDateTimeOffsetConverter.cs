using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace PcnFlow.Persistence;

/// <summary>
/// Stores every <see cref="DateTimeOffset"/> as its UTC instant. Npgsql writes only offset-zero values to
/// <c>timestamptz</c> and throws on any other, while UK times (UkTime gives +01:00 in summer) and dates
/// parsed from query strings often carry an offset. The instant is what matters, so normalising loses nothing.
/// </summary>
internal sealed class UtcDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(v => v.ToUniversalTime(), v => v);
