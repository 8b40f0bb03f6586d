using System.Diagnostics;
using System.Globalization;
using System.Runtime;

namespace Intake.Benchmarks.Serving;

/// <summary>This process's own counters: CPU time, bytes allocated by all threads, GC counts, methods the JIT has compiled.</summary>
internal static class ProcessCounters
{
    public static string Snapshot()
    {
        using var process = Process.GetCurrentProcess();
        return string.Join(
            ' ',
            process.TotalProcessorTime.Ticks.ToString(CultureInfo.InvariantCulture),
            GC.GetTotalAllocatedBytes(precise: true).ToString(CultureInfo.InvariantCulture),
            GC.CollectionCount(0).ToString(CultureInfo.InvariantCulture),
            GC.CollectionCount(1).ToString(CultureInfo.InvariantCulture),
            GC.CollectionCount(2).ToString(CultureInfo.InvariantCulture),
            JitInfo.GetCompiledMethodCount().ToString(CultureInfo.InvariantCulture));
    }

    public static string GcMode => GCSettings.IsServerGC ? "server GC" : "workstation GC";
}
