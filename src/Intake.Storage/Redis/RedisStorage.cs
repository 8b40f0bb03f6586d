using Intake.Bots.State;
using StackExchange.Redis;

namespace Intake.Storage.Redis;

/// <summary>
/// State in Redis: one hash per key holding the value (<c>v</c>) and its ETag (<c>e</c>) together. Every write is
/// one Lua script, run by the server as one step, that compares the stored ETag and sets value and ETag only when
/// the expected version is there, so a stale writer gets <see cref="ETagConflictException"/> whichever host it
/// runs on. ETags are random, so a key deleted and created again never matches an ETag read before.
/// Conversation state gets the time-to-live (<c>Storage:ConversationTtl</c>) again on every write and Redis drops
/// it after that; intake records and user state have none and stay until erased. One
/// <see cref="IConnectionMultiplexer"/> is shared by every call.
/// </summary>
internal sealed class RedisStorage : IStorage, IDisposable
{
    /// <summary>
    /// KEYS[1] the hash; ARGV: value, new ETag, mode (<c>c</c> create only, <c>a</c> any, <c>m</c> match),
    /// expected ETag, time-to-live in milliseconds (0: none). Returns 1 when written, 0 on a conflict.
    /// </summary>
    internal const string WriteScript = """
        local mode = ARGV[3]
        if mode == 'c' then
          if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
        elseif mode == 'm' then
          if redis.call('HGET', KEYS[1], 'e') ~= ARGV[4] then return 0 end
        end
        redis.call('HSET', KEYS[1], 'v', ARGV[1], 'e', ARGV[2])
        local ttl = tonumber(ARGV[5])
        if ttl > 0 then redis.call('PEXPIRE', KEYS[1], ttl) end
        return 1
        """;

    private static readonly RedisValue ValueField = "v";
    private static readonly RedisValue ETagField = "e";
    private static readonly RedisValue[] Fields = [ValueField, ETagField];
    private static readonly RedisValue Create = "c";
    private static readonly RedisValue Overwrite = "a";
    private static readonly RedisValue Match = "m";

    private readonly IConnectionMultiplexer _connection;
    private readonly bool _ownsConnection;
    private readonly IDatabase _database;
    private readonly string _prefix;
    private readonly RedisValue _ttlMilliseconds;

    /// <summary>A store on <paramref name="connection"/>; its keys are <paramref name="keyPrefix"/> + the state key.</summary>
    public RedisStorage(IConnectionMultiplexer connection, TimeSpan conversationTtl, string keyPrefix, bool ownsConnection = false)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(keyPrefix);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(conversationTtl, TimeSpan.Zero);
        _connection = connection;
        _ownsConnection = ownsConnection;
        _database = connection.GetDatabase();
        _prefix = keyPrefix;
        _ttlMilliseconds = Math.Max(1L, (long)conversationTtl.TotalMilliseconds);
    }

    /// <summary>The key prefix every state key is stored under.</summary>
    public string KeyPrefix => _prefix;

    public async ValueTask<StoreItem?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        cancellationToken.ThrowIfCancellationRequested();
        var fields = await _database.HashGetAsync(Key(key), Fields);
        if (fields[1].IsNull)
        {
            return null;
        }

        return new StoreItem((byte[]?)fields[0] ?? [], (string)fields[1]!);
    }

    public async ValueTask<string> WriteAsync(string key, ReadOnlyMemory<byte> value, string? ifMatch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        cancellationToken.ThrowIfCancellationRequested();
        var etag = Guid.NewGuid().ToString("N");
        var mode = ifMatch switch
        {
            null => Create,
            ETags.Any => Overwrite,
            _ => Match,
        };
        RedisValue[] arguments =
        [
            value.ToArray(), etag, mode, ifMatch ?? string.Empty,
            StateKeys.IsConversation(key) ? _ttlMilliseconds : 0,
        ];
        var written = await _database.ScriptEvaluateAsync(WriteScript, [Key(key)], arguments);
        return (long)written == 1 ? etag : throw new ETagConflictException(key);
    }

    public async ValueTask<bool> DeleteAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        cancellationToken.ThrowIfCancellationRequested();
        return await _database.KeyDeleteAsync(Key(key));
    }

    public void Dispose()
    {
        if (_ownsConnection)
        {
            _connection.Dispose();
        }
    }

    private RedisKey Key(string key) => _prefix + key;
}
