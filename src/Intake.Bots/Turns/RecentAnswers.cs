using System.Collections.Concurrent;

namespace Intake.Bots.Turns;

/// <summary>
/// The answer each conversation's last turn gave in its response (expectReplies replies, an invoke
/// response), held on this host for a short while so a channel's retry gets the same answer. A retry that
/// reaches another host, or this one after a restart, is still never applied twice (the processed ids are in
/// the conversation's state); it just gets no replies. Keeping the answer in memory rather than in storage
/// spares every turn a serialization and a store write for the rare retry. Two generations: entries move to
/// the older one when the newer is <see cref="Lifetime"/>/2 old or holds <see cref="Capacity"/> entries,
/// and are dropped a generation later; constant time per turn, bounded memory.
/// </summary>
internal sealed class RecentAnswers(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);
    public const int Capacity = 5_000;

    private readonly Lock _rotation = new();
    private ConcurrentDictionary<string, ReplayableAnswer> _current = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, ReplayableAnswer> _previous = new(StringComparer.Ordinal);
    private long _generationStarted = time.GetTimestamp();

    // Conversations in the current generation (ConcurrentDictionary.Count takes every lock: too dear per turn).
    private int _kept;

    /// <summary>Keeps the answer a conversation's turn gave, replacing the one before.</summary>
    public void Keep(string conversationKey, ReplayableAnswer answer)
    {
        RotateIfDue();
        if (_current.TryAdd(conversationKey, answer))
        {
            Interlocked.Increment(ref _kept);
        }
        else
        {
            _current[conversationKey] = answer;
        }

        _previous.TryRemove(conversationKey, out _);
    }

    /// <summary>The answer kept for <paramref name="activityId"/> in the conversation, if this host still has it.</summary>
    public ReplayableAnswer? Find(string conversationKey, string activityId)
        => (_current.TryGetValue(conversationKey, out var answer) || _previous.TryGetValue(conversationKey, out answer))
            && string.Equals(answer.ActivityId, activityId, StringComparison.Ordinal)
                ? answer
                : null;

    /// <summary>Drops the conversation's answer (the patient asked to be forgotten).</summary>
    public void Forget(string conversationKey)
    {
        _current.TryRemove(conversationKey, out _);
        _previous.TryRemove(conversationKey, out _);
    }

    private void RotateIfDue()
    {
        if (Volatile.Read(ref _kept) < Capacity && time.GetElapsedTime(Volatile.Read(ref _generationStarted)) < Lifetime / 2)
        {
            return;
        }

        lock (_rotation)
        {
            if (Volatile.Read(ref _kept) < Capacity && time.GetElapsedTime(_generationStarted) < Lifetime / 2)
            {
                return;
            }

            _previous = _current;
            _current = new ConcurrentDictionary<string, ReplayableAnswer>(StringComparer.Ordinal);
            Volatile.Write(ref _kept, 0);
            _generationStarted = time.GetTimestamp();
        }
    }
}
