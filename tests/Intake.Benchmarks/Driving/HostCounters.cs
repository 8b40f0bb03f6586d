using System.Globalization;

namespace Intake.Benchmarks.Driving;

/// <summary>A server process's counters at one moment (see <c>ProcessCounters</c>).</summary>
internal readonly record struct HostCounters(TimeSpan Cpu, long AllocatedBytes, int Gen0, int Gen1, int Gen2, long JitMethods)
{
    public static HostCounters Parse(string line)
    {
        var parts = line.Split(' ');
        var n = parts.Select(p => long.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        return new HostCounters(TimeSpan.FromTicks(n[0]), n[1], (int)n[2], (int)n[3], (int)n[4], n[5]);
    }

    public static HostCounters operator -(HostCounters after, HostCounters before)
        => new(after.Cpu - before.Cpu, after.AllocatedBytes - before.AllocatedBytes, after.Gen0 - before.Gen0, after.Gen1 - before.Gen1, after.Gen2 - before.Gen2, after.JitMethods - before.JitMethods);

    public static HostCounters operator +(HostCounters a, HostCounters b)
        => new(a.Cpu + b.Cpu, a.AllocatedBytes + b.AllocatedBytes, a.Gen0 + b.Gen0, a.Gen1 + b.Gen1, a.Gen2 + b.Gen2, a.JitMethods + b.JitMethods);

    public HostCounters Subtract(HostCounters before) => this - before;

    public HostCounters Add(HostCounters other) => this + other;

    public static HostCounters Self()
    {
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        return new HostCounters(process.TotalProcessorTime, GC.GetTotalAllocatedBytes(precise: true), GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), System.Runtime.JitInfo.GetCompiledMethodCount());
    }
}
