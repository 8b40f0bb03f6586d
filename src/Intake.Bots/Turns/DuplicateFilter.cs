using System.Collections.Concurrent;

namespace Intake.Bots.Turns;

/// <summary>
/// Remembers recently accepted activities so a channel's retry of the same POST (Teams re-sends after
/// 15 s without an answer) does not run the turn twice. Keyed by channel, conversation and activity id.
/// Two generations: ids move to the older one when the newer is <see cref="Lifetime"/>/2 old or holds
/// <see cref="Capacity"/> ids, and are forgotten a generation later. Constant time per turn, bounded memory.
/// </summary>
public sealed class DuplicateFilter(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);
    public const int Capacity = 50_000;

    private readonly Lock _rotation = new();
    private ConcurrentDictionary<string, byte> _current = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, byte> _previous = new(StringComparer.Ordinal);
    private long _generationStarted = time.GetTimestamp();
    private int _added;

    /// <summary>Records the activity; false when it was already accepted recently.</summary>
    public bool TryAccept(string? channelId, string? conversationId, string? activityId, out string key)
    {
        key = $"{channelId}\n{conversationId}\n{activityId}";
        if (string.IsNullOrEmpty(activityId))
        {
            return true;
        }

        RotateIfDue();
        if (_previous.ContainsKey(key) || !_current.TryAdd(key, 0))
        {
            return false;
        }

        Interlocked.Increment(ref _added);
        return true;
    }

    /// <summary>Forgets an activity whose turn could not be completed, so the channel's retry runs it.</summary>
    public void Forget(string key)
    {
        _current.TryRemove(key, out _);
        _previous.TryRemove(key, out _);
    }

    private void RotateIfDue()
    {
        if (Volatile.Read(ref _added) < Capacity && time.GetElapsedTime(Volatile.Read(ref _generationStarted)) < Lifetime / 2)
        {
            return;
        }

        lock (_rotation)
        {
            if (_added < Capacity && time.GetElapsedTime(_generationStarted) < Lifetime / 2)
            {
                return;
            }

            _previous = _current;
            _current = new ConcurrentDictionary<string, byte>(StringComparer.Ordinal);
            _generationStarted = time.GetTimestamp();
            _added = 0;
        }
    }
}
