using System.Diagnostics;
using System.Globalization;

namespace Intake.Benchmarks.Profiling;

/// <summary>
/// Runs one stage of a turn many times in a row, one at a time, and reports its cost per call:
/// wall time, this process's CPU time and the bytes allocated (all threads).
/// </summary>
internal static class StageMeter
{
    public static async Task<string> MeasureAsync(string stage, int iterations, Func<int, ValueTask> step)
    {
        ArgumentNullException.ThrowIfNull(step);
        for (var i = 0; i < Math.Min(iterations, 2000); i++)
        {
            await step(i);
        }

        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpuBefore = process.TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < iterations; i++)
        {
            await step(iterations + i);
        }

        clock.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        return string.Create(CultureInfo.InvariantCulture, $"| {stage} | {clock.Elapsed.TotalMicroseconds / iterations:F1} | {cpu.TotalMicroseconds / iterations:F1} | {(double)allocated / iterations:F0} |");
    }
}
