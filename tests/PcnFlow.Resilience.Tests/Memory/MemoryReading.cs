using System.Globalization;

namespace PcnFlow.Resilience.Tests.Memory;

/// <summary>One look at a server process's memory: its managed heap after a full collection, and the OS's resident figures.</summary>
public sealed record MemoryReading(long HeapBytes, long ResidentBytes, long PeakResidentBytes)
{
    private static int s_requests;

    /// <summary>Asks the probe in process <paramref name="processId"/> (watching <paramref name="folder"/>) for a reading.</summary>
    public static async Task<MemoryReading> TakeAsync(string folder, int processId, TimeSpan timeout)
    {
        var id = Interlocked.Increment(ref s_requests).ToString(CultureInfo.InvariantCulture);
        var reply = Path.Combine(folder, "reply-" + id);
        await File.WriteAllTextAsync(Path.Combine(folder, "request-" + id), "");
        var deadline = DateTime.UtcNow + timeout;
        while (!File.Exists(reply))
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"The memory probe in process {processId} did not answer within {timeout}.");
            await Task.Delay(100);
        }
        var heap = long.Parse(await File.ReadAllTextAsync(reply), CultureInfo.InvariantCulture);
        var status = await File.ReadAllLinesAsync($"/proc/{processId}/status");
        return new MemoryReading(heap, Kilobytes(status, "VmRSS:"), Kilobytes(status, "VmHWM:"));
    }

    public static string Mb(long bytes) => (bytes / (1024.0 * 1024)).ToString("0.0", CultureInfo.InvariantCulture) + " MB";

    private static long Kilobytes(string[] status, string field) =>
        1024 * long.Parse(status.Single(l => l.StartsWith(field, StringComparison.Ordinal))[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
}
