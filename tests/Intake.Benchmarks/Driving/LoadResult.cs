namespace Intake.Benchmarks.Driving;

/// <summary>What one driver run measured: wall time, per-turn latencies, errors, and what the connector must have received.</summary>
internal sealed record LoadResult(
    int Conversations,
    int Turns,
    TimeSpan Elapsed,
    long[] LatencyTicks,
    ErrorTally Errors,
    IReadOnlyList<string> ExpectedConnectorPairs,
    IReadOnlyList<ScriptedConversation> Sample);
