using Intake.Bots.State;

namespace Intake.Bots.Turns;

/// <summary>
/// The ids of the last activities a conversation processed, kept in its state and so written in the same
/// compare-and-set as the turn's effects on it: a turn either happened (state and id) or did not, on any
/// host and across restarts. A channel's retry names one of these ids.
/// </summary>
internal sealed record ProcessedActivities
{
    /// <summary>How many ids are kept; a channel retries within seconds, long before this many turns pass.</summary>
    public const int Capacity = 8;

    public static readonly StateKey<ProcessedActivities> Key = new("processed", TurnsJsonContext.Default.ProcessedActivities);

    /// <summary>Oldest first.</summary>
    public IReadOnlyList<string> Ids { get; init; } = [];

    public bool Contains(string id) => Ids.Contains(id, StringComparer.Ordinal);

    /// <summary>This record with <paramref name="id"/> added, the oldest dropped past <see cref="Capacity"/>.</summary>
    public ProcessedActivities With(string id)
        => new() { Ids = [.. Ids.Skip(Math.Max(0, Ids.Count + 1 - Capacity)), id] };
}
