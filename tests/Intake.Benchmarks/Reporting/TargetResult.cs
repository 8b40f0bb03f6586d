using System.Diagnostics;
using Intake.Benchmarks.Driving;

namespace Intake.Benchmarks.Reporting;

/// <summary>One measured run of one target (Intake or echo) in one mode.</summary>
internal sealed record TargetResult(
    string Target,
    string Store,
    string Delivery,
    LoadResult Load,
    HostCounters Host,
    HostCounters Driver,
    StateSize? State,
    string HostInfo)
{
    public double TurnsPerSecond => Load.Turns / Load.Elapsed.TotalSeconds;

    public double HostCpuMicrosPerTurn => Host.Cpu.TotalMicroseconds / Load.Turns;

    public double DriverCpuMicrosPerTurn => Driver.Cpu.TotalMicroseconds / Load.Turns;

    public double HostAllocatedBytesPerTurn => (double)Host.AllocatedBytes / Load.Turns;

    public int Errors => Load.Errors.Total;

    /// <summary>Latency at quantile <paramref name="q"/> (nearest rank), in milliseconds.</summary>
    public double LatencyMs(double q)
    {
        var ticks = Load.LatencyTicks;
        if (ticks.Length == 0)
        {
            return double.NaN;
        }

        var rank = Math.Clamp((int)Math.Ceiling(q * ticks.Length) - 1, 0, ticks.Length - 1);
        return ticks[rank] * 1000.0 / Stopwatch.Frequency;
    }
}
