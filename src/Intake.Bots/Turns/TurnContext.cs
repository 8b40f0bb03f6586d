using Intake.Bots.Delivery;
using Intake.Bots.State;
using Intake.Schema;

namespace Intake.Bots.Turns;

/// <summary>
/// One turn: the inbound activity, its state, and the replies the bot queues. Replies are held until
/// the state is saved, then flushed in order, so a turn retried after an ETag conflict sends nothing twice.
/// </summary>
public sealed class TurnContext
{
    private readonly List<Activity> _outbox = [];
    private readonly List<Func<CancellationToken, Task>> _afterCommit = [];
    private TurnState? _state;

    public TurnContext(Activity activity, IReplySink sink, TurnCaller caller, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(sink);
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(time);
        Activity = activity;
        Sink = sink;
        Caller = caller;
        Time = time;
    }

    /// <summary>
    /// The activity that started the turn, as the bot is to read it: a channel step before the state
    /// (Teams) may present it without what only the channel needed, such as the bot's own @mention.
    /// </summary>
    public Activity Activity { get; internal set; }

    /// <summary>Where replies go once the turn is done.</summary>
    public IReplySink Sink { get; }

    /// <summary>Who delivered the activity (the identity the edge authenticated).</summary>
    public TurnCaller Caller { get; }

    /// <summary>Whether the activity had been processed before, so this turn only repeated its answer.</summary>
    public bool Replayed { get; private set; }

    /// <summary>The clock; never read <c>DateTime.UtcNow</c> in a turn.</summary>
    public TimeProvider Time { get; }

    /// <summary>The conversation's and user's state, loaded by the state middleware.</summary>
    public TurnState State
    {
        get => _state ?? throw new InvalidOperationException("State is read by the state middleware, which has not run for this turn.");
        set => _state = value;
    }

    /// <summary>
    /// The content language of this turn's replies: the activity's locale until the bot knows the
    /// patient's own choice. The error boundary answers in it.
    /// </summary>
    public string? Language { get; set; }

    /// <summary>The answer to an <c>invoke</c> activity, when the bot has one.</summary>
    public InvokeResponse? InvokeResponse { get; set; }

    /// <summary>The replies queued so far, in order.</summary>
    public IReadOnlyList<Activity> Outbox => _outbox;

    /// <summary>Whether the bot has queued any reply in this turn.</summary>
    public bool Responded => _outbox.Count > 0;

    /// <summary>Queues a reply, addressed to the sender of the inbound activity.</summary>
    public void Send(Activity reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        _outbox.Add(Replies.Address(reply, Activity, Time.GetUtcNow()));
    }

    /// <summary>Queues a plain text reply.</summary>
    public void SendText(string text, string? inputHint = null)
        => Send(new Activity { Type = ActivityTypes.Message, Text = text, InputHint = inputHint });

    /// <summary>
    /// Marks the turn as a retry of one that happened, answering with what that turn kept, if anything,
    /// and sending <paramref name="undelivered"/>, the replies its connector did not take.
    /// </summary>
    internal void Replay(ReplayableAnswer? kept, IReadOnlyList<Activity>? undelivered)
    {
        Replayed = true;
        InvokeResponse = kept?.InvokeResponse;
        AnswerBody = kept?.Body;

        // The retry's serviceUrl is where the channel listens now (the first one may have been unreachable).
        foreach (var reply in undelivered ?? [])
        {
            Send(reply with { ServiceUrl = Activity.ServiceUrl ?? reply.ServiceUrl });
        }
    }

    /// <summary>The work queued with <see cref="AfterCommit"/>, in order.</summary>
    public IReadOnlyList<Func<CancellationToken, Task>> CommitEffects => _afterCommit;

    /// <summary>
    /// Queues work that lies outside the turn's state (keep a record, erase a user's data): the adapter runs
    /// it once, after the state is saved. A turn rerun after a conflict starts with an empty queue, and a
    /// failed turn's queue is dropped, so the work happens exactly when the turn does.
    /// </summary>
    public void AfterCommit(Func<CancellationToken, Task> effect)
    {
        ArgumentNullException.ThrowIfNull(effect);
        _afterCommit.Add(effect);
    }

    /// <summary>Replaces each queued reply with what <paramref name="shape"/> makes of it (a channel's limits: cards for buttons, long text split).</summary>
    internal void ReshapeReplies(Func<Activity, IEnumerable<Activity>> shape)
    {
        ArgumentNullException.ThrowIfNull(shape);
        var shaped = _outbox.SelectMany(shape).ToList();
        _outbox.Clear();
        _outbox.AddRange(shaped);
    }

    /// <summary>Drops every queued reply and effect (the turn will be run again, or the error boundary takes over).</summary>
    public void DiscardReplies()
    {
        _outbox.Clear();
        _afterCommit.Clear();
    }

    /// <summary>Sends a typing indicator now, bypassing the queue, where the sink delivers immediately.</summary>
    public async ValueTask SendTypingAsync(CancellationToken cancellationToken)
    {
        if (!Sink.DeliversImmediately)
        {
            return;
        }

        var typing = Replies.Address(new Activity { Type = ActivityTypes.Typing }, Activity, Time.GetUtcNow());
        await Sink.SendAsync(typing, cancellationToken);
    }

    /// <summary>
    /// Sends the queued replies one at a time, awaiting each (order matters to channels). Each one sent
    /// leaves the queue, so when a send fails <see cref="Outbox"/> holds exactly the replies not delivered.
    /// </summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        var sent = 0;
        try
        {
            for (; sent < _outbox.Count; sent++)
            {
                await Sink.SendAsync(_outbox[sent], cancellationToken);
            }
        }
        finally
        {
            _outbox.RemoveRange(0, sent);
        }
    }

    /// <summary>Runs after the replies were flushed, with the ones the channel did not take (none when all went out).</summary>
    internal Func<IReadOnlyList<Activity>, CancellationToken, Task>? OnFlushed { get; set; }

    /// <summary>The expectReplies answer as written to the caller (set by the adapter after the flush, or by a replay).</summary>
    internal ReadOnlyMemory<byte>? AnswerBody { get; set; }
}
