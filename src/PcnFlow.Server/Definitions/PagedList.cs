namespace PcnFlow.Server.Definitions;

/// <summary>One page of a list. Every list endpoint is paginated, so an ICS with many PCNs stays cheap to read.</summary>
internal sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);
