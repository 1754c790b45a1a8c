namespace PcnFlow.Server.Definitions;

internal static class Paging
{
    public const int DefaultSize = 50;
    public const int MaxSize = 200;

    /// <summary>A 1-based page and a size clamped to <see cref="MaxSize"/>, so a client cannot ask for everything at once.</summary>
    public static (int Page, int Size, int Skip) Normalise(int? page, int? pageSize)
    {
        var number = Math.Max(page ?? 1, 1);
        var size = Math.Clamp(pageSize ?? DefaultSize, 1, MaxSize);
        return (number, size, (number - 1) * size);
    }
}
