using Intake.Bots.Delivery;
using Intake.Bots.Middleware;
using Intake.Bots.State;
using Intake.Bots.Turns;
using Intake.Schema;
using Intake.UnitTests.Bots.Turns;
using Microsoft.Extensions.Logging.Abstractions;

namespace Intake.UnitTests.Bots.Middleware;

public sealed class ExactlyOnceMiddlewareTests
{
    private readonly MemoryStorage _storage = new();
    private readonly CountingBot _bot = new();
    private readonly RecentAnswers _answers = new(TimeProvider.System);

    [Fact]
    public async Task ProcessAsync_ExpectRepliesRetry_AnswersTheSameRepliesWithoutRunningTheTurn()
    {
        var adapter = Adapter();
        var first = await adapter.ProcessAsync(Message("m1", DeliveryModes.ExpectReplies), TurnCaller.Anonymous, CancellationToken.None);

        var retry = await adapter.ProcessAsync(Message("m1", DeliveryModes.ExpectReplies), TurnCaller.Anonymous, CancellationToken.None);

        Assert.Equal(1, _bot.Runs);
        Assert.Equal(TurnStatus.Replayed, retry.Status);
        Assert.Empty(retry.Replies!);
        Assert.Equal(first.Body!.Value.ToArray(), retry.Body!.Value.ToArray());
        Assert.Contains("turn 1", System.Text.Encoding.UTF8.GetString(retry.Body!.Value.Span), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProcessAsync_NormalDeliveryRetry_RunsNoTurnAndSendsNothingAgain()
    {
        var adapter = Adapter();
        var sink = new CollectingSink();
        var caller = TurnCaller.Anonymous with { Replies = sink };
        await adapter.ProcessAsync(Message("m1", deliveryMode: null), caller, CancellationToken.None);

        var retry = await adapter.ProcessAsync(Message("m1", deliveryMode: null), caller, CancellationToken.None);

        Assert.Equal(TurnStatus.Replayed, retry.Status);
        Assert.Equal(1, _bot.Runs);
        Assert.Single(sink.Sent);
    }

    [Fact]
    public async Task ProcessAsync_RetryAfterARestart_IsRecognisedFromTheStoredStateAndNotAppliedAgain()
    {
        await Adapter().ProcessAsync(Message("m1", DeliveryModes.ExpectReplies), TurnCaller.Anonymous, CancellationToken.None);
        var restarted = TestAdapter.Create(_bot, new StateMiddleware(_storage), new ExactlyOnceMiddleware(new RecentAnswers(TimeProvider.System), NullLogger<ExactlyOnceMiddleware>.Instance));

        var retry = await restarted.ProcessAsync(Message("m1", DeliveryModes.ExpectReplies), TurnCaller.Anonymous, CancellationToken.None);
        var next = await restarted.ProcessAsync(Message("m2", DeliveryModes.ExpectReplies), TurnCaller.Anonymous, CancellationToken.None);

        Assert.Equal(TurnStatus.Replayed, retry.Status);
        Assert.Empty(retry.Replies!);
        Assert.Equal("turn 2", Assert.Single(next.Replies!).Text);
    }

    [Fact]
    public async Task ProcessAsync_RetryOfAnOlderActivity_RunsNoTurnAndAnswersNothing()
    {
        var adapter = Adapter();
        await adapter.ProcessAsync(Message("m1", DeliveryModes.ExpectReplies), TurnCaller.Anonymous, CancellationToken.None);
        await adapter.ProcessAsync(Message("m2", DeliveryModes.ExpectReplies), TurnCaller.Anonymous, CancellationToken.None);

        var retry = await adapter.ProcessAsync(Message("m1", DeliveryModes.ExpectReplies), TurnCaller.Anonymous, CancellationToken.None);

        Assert.Equal(TurnStatus.Replayed, retry.Status);
        Assert.Empty(retry.Replies!);
        Assert.Equal(2, _bot.Runs);
    }

    [Fact]
    public async Task ProcessAsync_ActivitiesWithoutId_EachRunsATurn()
    {
        var adapter = Adapter();

        await adapter.ProcessAsync(Message(id: null, DeliveryModes.ExpectReplies), TurnCaller.Anonymous, CancellationToken.None);
        await adapter.ProcessAsync(Message(id: null, DeliveryModes.ExpectReplies), TurnCaller.Anonymous, CancellationToken.None);

        Assert.Equal(2, _bot.Runs);
    }

    [Fact]
    public async Task ProcessAsync_MoreActivitiesThanKept_ForgetsTheOldestOnly()
    {
        var adapter = Adapter();
        for (var i = 0; i <= ProcessedActivities.Capacity; i++)
        {
            await adapter.ProcessAsync(Message($"m{i}", DeliveryModes.ExpectReplies), TurnCaller.Anonymous, CancellationToken.None);
        }

        var newest = await adapter.ProcessAsync(Message($"m{ProcessedActivities.Capacity}", DeliveryModes.ExpectReplies), TurnCaller.Anonymous, CancellationToken.None);
        var oldest = await adapter.ProcessAsync(Message("m0", DeliveryModes.ExpectReplies), TurnCaller.Anonymous, CancellationToken.None);

        Assert.Equal(TurnStatus.Replayed, newest.Status);
        Assert.Equal(TurnStatus.Completed, oldest.Status);
    }

    [Fact]
    public async Task ProcessAsync_TurnThatAnswersNothing_WritesNoState()
    {
        var adapter = TestAdapter.Create(new SilentBot(), new StateMiddleware(_storage), new ExactlyOnceMiddleware(_answers, NullLogger<ExactlyOnceMiddleware>.Instance));

        await adapter.ProcessAsync(Message("t1", DeliveryModes.ExpectReplies) with { Type = ActivityTypes.Typing }, TurnCaller.Anonymous, CancellationToken.None);

        Assert.Null(await _storage.ReadAsync(StateKeys.Conversation("test", "c1"), CancellationToken.None));
    }

    private BotAdapter Adapter()
        => TestAdapter.Create(_bot, new StateMiddleware(_storage), new ExactlyOnceMiddleware(_answers, NullLogger<ExactlyOnceMiddleware>.Instance));

    private static Activity Message(string? id, string? deliveryMode) => new()
    {
        Type = ActivityTypes.Message,
        Id = id,
        ChannelId = "test",
        ServiceUrl = "http://localhost:1",
        Conversation = new ConversationAccount { Id = "c1" },
        From = new ChannelAccount { Id = "u1" },
        Recipient = new ChannelAccount { Id = "b1" },
        Text = "hi",
        DeliveryMode = deliveryMode,
    };

    /// <summary>Counts its turns and says which one it is (so a second run would answer differently).</summary>
    private sealed class CountingBot : IBot
    {
        private static readonly StateKey<Seen> Key = new("seen", TestStateJsonContext.Default.Seen);

        public int Runs { get; private set; }

        public Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
        {
            Runs++;
            var seen = (turn.State.Conversation.Get(Key)?.Count ?? 0) + 1;
            turn.State.Conversation.Set(Key, new Seen(seen));
            turn.SendText($"turn {seen}");
            return Task.CompletedTask;
        }
    }

    private sealed class SilentBot : IBot
    {
        public Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken) => Task.CompletedTask;
    }

    private sealed class CollectingSink : IReplySink
    {
        public List<Activity> Sent { get; } = [];

        public bool DeliversImmediately => false;

        public ValueTask<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken)
        {
            Sent.Add(activity);
            return ValueTask.FromResult(new ResourceResponse(null));
        }

        public ValueTask<ResourceResponse> UpdateAsync(Activity activity, CancellationToken cancellationToken) => SendAsync(activity, cancellationToken);

        public ValueTask DeleteAsync(ConversationReference reference, string activityId, CancellationToken cancellationToken) => ValueTask.CompletedTask;
    }
}
