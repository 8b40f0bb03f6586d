using System.Collections.Concurrent;

namespace Intake.Bots.Turns;

/// <summary>
/// Remembers recently accepted activities so a channel's retry of the same POST (Teams re-sends after
/// 15 s without an answer) does not run the turn twice. Keyed by channel, conversation and activity id;
/// entries live for <see cref="Lifetime"/>, and the set is swept when it grows past <see cref="Capacity"/>.
/// </summary>
public sealed class DuplicateFilter(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);
    public const int Capacity = 50_000;

    private readonly ConcurrentDictionary<string, long> _seen = new(StringComparer.Ordinal);

    /// <summary>Records the activity; false when it was already accepted within the lifetime.</summary>
    public bool TryAccept(string? channelId, string? conversationId, string? activityId, out string key)
    {
        key = $"{channelId}\n{conversationId}\n{activityId}";
        if (string.IsNullOrEmpty(activityId))
        {
            return true;
        }

        var now = time.GetTimestamp();
        var expires = now + (long)(Lifetime.TotalSeconds * TimeProvider.System.TimestampFrequency);
        if (_seen.Count >= Capacity)
        {
            Sweep(now);
        }

        while (true)
        {
            if (_seen.TryAdd(key, expires))
            {
                return true;
            }

            if (_seen.TryGetValue(key, out var existing))
            {
                if (existing > now)
                {
                    return false;
                }

                if (_seen.TryUpdate(key, expires, existing))
                {
                    return true;
                }
            }
        }
    }

    /// <summary>Forgets an activity whose turn could not be completed, so the channel's retry runs it.</summary>
    public void Forget(string key) => _seen.TryRemove(key, out _);

    private void Sweep(long now)
    {
        foreach (var (key, expires) in _seen)
        {
            if (expires <= now)
            {
                _seen.TryRemove(key, out _);
            }
        }
    }
}
