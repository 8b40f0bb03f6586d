using System.Runtime.InteropServices;

namespace Intake.Benchmarks.Reporting;

/// <summary>What the run ran on, for RESULTS.md.</summary>
internal static class MachineInfo
{
    public static string Describe()
    {
        var memoryGb = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024);
        return $"{Environment.ProcessorCount} cores, {memoryGb:F1} GB memory, {RuntimeInformation.OSDescription} ({RuntimeInformation.OSArchitecture}), {RuntimeInformation.FrameworkDescription}";
    }

    /// <summary>The 1/5/15-minute load averages (Linux), to show whether the machine was shared.</summary>
    public static string LoadAverage()
    {
        const string path = "/proc/loadavg";
        return File.Exists(path) ? string.Join(' ', File.ReadAllText(path).Split(' ').Take(3)) : "n/a";
    }
}
