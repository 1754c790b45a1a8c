namespace PcnFlow.Server.Instances;

/// <summary>One page of a list, with the total across all pages.</summary>
internal sealed record PagedList<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize);
