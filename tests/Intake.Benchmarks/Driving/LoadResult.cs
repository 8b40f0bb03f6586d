namespace Intake.Benchmarks.Driving;

/// <summary>What one driver run measured: wall time, per-turn latencies, errors, and what the connector must have received.</summary>
internal sealed record LoadResult(
    int Conversations,
    int Turns,
    TimeSpan Elapsed,
    long[] LatencyTicks,
    ErrorTally Errors,
    IReadOnlyList<string> ExpectedConnectorPairs,
    IReadOnlyList<ScriptedConversation> Sample)
{
    /// <summary>Two runs as one: turns, wall time and latencies added up (the run's turns/s is the combined one).</summary>
    public LoadResult Merge(LoadResult other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var latencies = LatencyTicks.Concat(other.LatencyTicks).ToArray();
        Array.Sort(latencies);
        foreach (var (reason, count) in other.Errors.ByReason)
        {
            Errors.Add(reason, count);
        }

        return new LoadResult(Conversations + other.Conversations, Turns + other.Turns, Elapsed + other.Elapsed, latencies, Errors, [.. ExpectedConnectorPairs, .. other.ExpectedConnectorPairs], [.. Sample, .. other.Sample]);
    }
}
