using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Intake.Schema;

namespace Intake.DirectLine.Conversations;

/// <summary>
/// One embedded Direct Line conversation: the log every client reads (the user's echoes and the bot's replies, each
/// with a watermark that only grows), trimmed to its newest activities; a signal for streams waiting on it; the lock
/// that keeps its turns in the order their echoes were logged; and its post budget.
/// </summary>
internal sealed class DirectLineConversation
{
    private readonly Lock _gate = new();
    private readonly List<LogEntry> _log = [];
    private readonly int _maxActivities;
    private readonly TimeProvider _time;
    private TaskCompletionSource _changed = NewSignal();
    private long _sequence;
    private DateTimeOffset _lastTimestamp;
    private long _touched;
    private CancellationTokenSource? _stream;

    public DirectLineConversation(string id, string userId, string? locale, int maxActivities, TokenBucket posts, TimeProvider time)
    {
        Id = id;
        UserId = userId;
        Locale = locale;
        Posts = posts;
        _maxActivities = maxActivities;
        _time = time;
        _touched = time.GetTimestamp();
    }

    public string Id { get; }

    /// <summary>The one user of the conversation (the token's user id).</summary>
    public string UserId { get; }

    /// <summary>The page's language when the conversation started (the welcome's).</summary>
    public string? Locale { get; }

    /// <summary>Held from logging a user's activity until its turn ends: turns run in the order of their echoes.</summary>
    public SemaphoreSlim Turns { get; } = new(1, 1);

    /// <summary>How fast this conversation may post.</summary>
    public TokenBucket Posts { get; }

    /// <summary>How long nobody has used this conversation.</summary>
    public TimeSpan Idle => _time.GetElapsedTime(Interlocked.Read(ref _touched));

    /// <summary>The newest watermark (0 before anything was logged).</summary>
    public long Watermark
    {
        get
        {
            lock (_gate)
            {
                return _sequence;
            }
        }
    }

    public void Touch() => Interlocked.Exchange(ref _touched, _time.GetTimestamp());

    /// <summary>Records an activity for every client: stamps its id, timestamp and sequence, and wakes the streams.</summary>
    public string Append(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        TaskCompletionSource changed;
        string id;
        lock (_gate)
        {
            var sequence = ++_sequence;
            id = activity.Id ?? ActivityStamp.IdFor(Id, sequence);
            var now = _time.GetUtcNow();
            _lastTimestamp = now > _lastTimestamp ? now : _lastTimestamp.AddTicks(10);
            var stamped = ActivityStamp.Apply(activity, id, sequence, _lastTimestamp);
            _log.Add(new LogEntry(sequence, id, JsonSerializer.SerializeToUtf8Bytes(stamped, SchemaJsonContext.Default.Activity)));
            if (_log.Count > _maxActivities)
            {
                _log.RemoveRange(0, _log.Count - _maxActivities);
            }

            changed = _changed;
            _changed = NewSignal();
        }

        Touch();
        changed.TrySetResult();
        return id;
    }

    /// <summary>
    /// The activity set after <paramref name="watermark"/> (everything kept when it is null) as Direct Line's
    /// <c>{"activities":[…],"watermark":"N"}</c>, and the task that completes when more is logged.
    /// </summary>
    public (byte[] Json, long Watermark, int Count, Task Changed) ReadAfter(long? watermark)
    {
        var buffer = new ArrayBufferWriter<byte>();
        lock (_gate)
        {
            var after = watermark ?? 0;
            var start = _log.FindIndex(e => e.Sequence > after);
            var count = start < 0 ? 0 : _log.Count - start;
            buffer.Write("{\"activities\":["u8);
            for (var i = 0; i < count; i++)
            {
                if (i > 0)
                {
                    buffer.Write(","u8);
                }

                buffer.Write(_log[start + i].Json);
            }

            // A watermark from the future (another host's, a guess) is answered with this log's, so the client catches up.
            var mark = count > 0 ? _log[^1].Sequence : Math.Min(after, _sequence);
            buffer.Write("],\"watermark\":\""u8);
            buffer.Write(System.Text.Encoding.ASCII.GetBytes(mark.ToString(CultureInfo.InvariantCulture)));
            buffer.Write("\"}"u8);
            return (buffer.WrittenSpan.ToArray(), mark, count, _changed.Task);
        }
    }

    /// <summary>Marks a new stream as the conversation's one socket: the one before it is closed (Azure's <c>collision</c>).</summary>
    public CancellationToken OpenStream()
    {
        var next = new CancellationTokenSource();
        CancellationTokenSource? previous;
        lock (_gate)
        {
            previous = _stream;
            _stream = next;
        }

        previous?.Cancel();
        return next.Token;
    }

    /// <summary>Closes the conversation's stream, if any (the conversation expired).</summary>
    public void Close()
    {
        CancellationTokenSource? stream;
        lock (_gate)
        {
            stream = _stream;
            _stream = null;
        }

        stream?.Cancel();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
