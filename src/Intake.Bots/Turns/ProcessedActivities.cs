using Intake.Bots.State;

namespace Intake.Bots.Turns;

/// <summary>
/// The last activities a conversation processed, kept in its state and so written in the same
/// compare-and-set as the turn's effects on it: a turn either happened (state and id) or did not, on any
/// host and across restarts. A channel's retry names one of these activities. Each id is kept as a 64-bit
/// FNV-1a hash: stable across processes, small in every turn's state, and with a handful of ids per
/// conversation a collision is out of reach.
/// </summary>
/// <remarks>Setters, not <c>init</c>: the source-generated serializer reads init-only members through its slower
/// parameterized-constructor path, and this record is read on every turn. An array, not a list interface: the
/// serializer's array converter reads and writes it without an enumerator or a growing list.</remarks>
internal sealed record ProcessedActivities
{
    /// <summary>How many are kept; a channel retries within seconds, long before this many turns pass.</summary>
    public const int Capacity = 8;

    public static readonly StateKey<ProcessedActivities> Key = new("processed", TurnsJsonContext.Default.ProcessedActivities);

    /// <summary>The hashes of the ids, oldest first.</summary>
    public long[] Recent { get; set; } = [];

    public bool Contains(string activityId) => Recent.Contains(Hash(activityId));

    /// <summary>Whether <paramref name="activityId"/> is the last one the conversation processed.</summary>
    public bool IsLatest(string activityId) => Recent.Length > 0 && Recent[^1] == Hash(activityId);

    /// <summary>This record with <paramref name="activityId"/> added, the oldest dropped past <see cref="Capacity"/>.</summary>
    public ProcessedActivities With(string activityId)
    {
        var kept = Math.Min(Recent.Length, Capacity - 1);
        var recent = new long[kept + 1];
        Array.Copy(Recent, Recent.Length - kept, recent, 0, kept);

        recent[kept] = Hash(activityId);
        return new ProcessedActivities { Recent = recent };
    }

    private static long Hash(string id)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in id)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return unchecked((long)hash);
    }
}
