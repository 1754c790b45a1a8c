using Microsoft.AspNetCore.Http.HttpResults;

namespace PcnFlow.Server.Instances;

/// <summary>Which page of a list to return. Lists are paginated so one request never reads a whole table.</summary>
internal sealed record PageRequest(int Page, int PageSize)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    public int Skip => (Page - 1) * PageSize;

    /// <summary>Reads the <c>page</c> and <c>pageSize</c> query values, or says which one is out of range.</summary>
    public static bool TryCreate(int? page, int? pageSize, out PageRequest request, out ValidationProblem? problem)
    {
        request = new PageRequest(page ?? 1, pageSize ?? DefaultPageSize);
        problem = request.Page < 1
            ? ApiProblems.Invalid("page", "Pages are numbered from 1.")
            : request.PageSize is < 1 or > MaxPageSize
                ? ApiProblems.Invalid("pageSize", $"Ask for between 1 and {MaxPageSize} items a page.")
                : null;
        return problem == null;
    }
}
