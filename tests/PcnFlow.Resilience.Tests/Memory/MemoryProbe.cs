using System.Globalization;

namespace PcnFlow.Resilience.Tests.Memory;

/// <summary>
/// A way to ask an unmodified server process how much memory it keeps. Loaded as a startup hook (DOTNET_STARTUP_HOOKS),
/// it watches a folder; for each <c>request-N</c> file the test writes, it runs a full, compacting, blocking garbage
/// collection and writes <c>reply-N</c> with the managed heap's size afterwards. What is still on the heap then is what
/// the server holds on to, which is what a leak would grow.
/// </summary>
public static class MemoryProbe
{
    public const string FolderVariable = "PCNFLOW_MEMORY_PROBE";

    /// <summary>The environment that loads the probe into a server process, watching <paramref name="folder"/>.</summary>
    public static Dictionary<string, string> Environment(string folder) => new()
    {
        ["DOTNET_STARTUP_HOOKS"] = typeof(MemoryProbe).Assembly.Location,
        [FolderVariable] = folder,
    };

    /// <summary>In the server process: starts watching, when the environment asks for it.</summary>
    public static void StartIfAsked()
    {
        if (System.Environment.GetEnvironmentVariable(FolderVariable) is not { Length: > 0 } folder)
            return;
        Directory.CreateDirectory(folder);
        new Thread(() => Watch(folder)) { IsBackground = true, Name = "PcnFlow memory probe" }.Start();
    }

    private static void Watch(string folder)
    {
        while (true)
        {
            foreach (var request in Directory.GetFiles(folder, "request-*"))
            {
                var heap = HeapAfterFullCollection();
                var reply = Path.Combine(folder, "reply-" + Path.GetFileName(request)["request-".Length..]);
                File.WriteAllText(reply + ".tmp", heap.ToString(CultureInfo.InvariantCulture));
                File.Move(reply + ".tmp", reply);
                File.Delete(request);
            }
            Thread.Sleep(100);
        }
    }

    private static long HeapAfterFullCollection()
    {
        System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: false);
    }
}
