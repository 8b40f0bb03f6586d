using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Intake.DirectLine.Conversations;

/// <summary>
/// The conversations this host serves, by id, each with its post budget; client addresses' start budgets; and the
/// sweep that forgets what has been idle longer than <c>DirectLine:IdleTimeout</c>.
/// </summary>
internal sealed class ConversationRegistry(IOptions<DirectLineOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, DirectLineConversation> _conversations = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (TokenBucket Bucket, long Touched)> _clients = new(StringComparer.Ordinal);
    private readonly DirectLineOptions _options = options.Value;

    public int Count => _conversations.Count;

    public DirectLineConversation? Find(string id)
    {
        if (!_conversations.TryGetValue(id, out var conversation))
        {
            return null;
        }

        conversation.Touch();
        return conversation;
    }

    /// <summary>The conversation, created on its first start; <c>Created</c> says whether this call made it. Null when full.</summary>
    public (DirectLineConversation? Conversation, bool Created) GetOrStart(string id, string userId, string? locale)
    {
        if (Find(id) is { } existing)
        {
            return (existing, false);
        }

        if (_conversations.Count >= _options.MaxConversations)
        {
            return (null, false);
        }

        var made = new DirectLineConversation(id, userId, locale, _options.MaxActivitiesPerConversation, new TokenBucket(_options.PostBurst, _options.PostsPerSecond, time), time);
        var stored = _conversations.GetOrAdd(id, made);
        return (stored, ReferenceEquals(stored, made));
    }

    /// <summary>Whether the client address may start another conversation now.</summary>
    public bool TryStart(string client, out int retryAfterSeconds)
    {
        var entry = _clients.AddOrUpdate(
            client,
            _ => (new TokenBucket(_options.StartBurst, _options.StartsPerSecond, time), time.GetTimestamp()),
            (_, e) => (e.Bucket, time.GetTimestamp()));
        return entry.Bucket.TryTake(out retryAfterSeconds);
    }

    /// <summary>Forgets idle conversations (closing their streams) and idle client budgets; returns how many conversations went.</summary>
    public int Sweep()
    {
        var removed = 0;
        foreach (var (id, conversation) in _conversations)
        {
            if (conversation.Idle >= _options.IdleTimeout && _conversations.TryRemove(id, out _))
            {
                conversation.Close();
                removed++;
            }
        }

        // A client's budget is full again after burst / rate seconds; one idle that long has nothing to remember.
        var refill = TimeSpan.FromSeconds(_options.StartBurst / _options.StartsPerSecond);
        foreach (var (client, entry) in _clients)
        {
            if (time.GetElapsedTime(entry.Touched) > refill)
            {
                _clients.TryRemove(client, out _);
            }
        }

        return removed;
    }
}
