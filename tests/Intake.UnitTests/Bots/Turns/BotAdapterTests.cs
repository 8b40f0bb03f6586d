using System.Text;
using System.Text.Json.Serialization;
using Intake.Bots.Middleware;
using Intake.Bots.State;
using Intake.Bots.Turns;
using Intake.Schema;

namespace Intake.UnitTests.Bots.Turns;

public sealed class BotAdapterTests
{
    private static readonly Activity Inbound = new()
    {
        Type = ActivityTypes.Message,
        Id = "m1",
        ChannelId = "test",
        Conversation = new ConversationAccount { Id = "c1" },
        From = new ChannelAccount { Id = "u1" },
        Recipient = new ChannelAccount { Id = "b1" },
        Text = "hi",
        DeliveryMode = DeliveryModes.ExpectReplies,
    };

    [Fact]
    public async Task ProcessAsync_AnotherWriterWinsTheFirstSave_TurnRunsAgainOnFreshStateAndRepliesOnce()
    {
        var storage = new MemoryStorage();
        var bot = new RacingBot(storage);
        var adapter = TestAdapter.Create(bot, new StateMiddleware(storage));

        var result = await adapter.ProcessAsync(Inbound, TurnCaller.Anonymous, CancellationToken.None);

        Assert.Equal(2, bot.Runs);
        var reply = Assert.Single(result.Replies!);
        Assert.Equal("seen 100", reply.Text);
        var stored = await storage.ReadAsync(StateKeys.Conversation("test", "c1"), CancellationToken.None);
        Assert.Contains("\"count\":101", Encoding.UTF8.GetString(stored!.Value.Span), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProcessAsync_ConflictEveryTime_GivesUpAfterMaxAttemptsAsBusy()
    {
        var storage = new MemoryStorage();
        var bot = new RacingBot(storage, raceEveryTime: true);
        var adapter = TestAdapter.Create(bot, new StateMiddleware(storage));

        var result = await adapter.ProcessAsync(Inbound, TurnCaller.Anonymous, CancellationToken.None);

        Assert.Equal(TurnStatus.Busy, result.Status);
        Assert.Equal(BotAdapter.MaxAttempts, bot.Runs);
    }

    /// <summary>On its first run (or every run) another "host" writes the conversation's state behind its back.</summary>
    private sealed class RacingBot(IStorage storage, bool raceEveryTime = false) : IBot
    {
        private static readonly StateKey<Seen> Key = new("seen", TestStateJsonContext.Default.Seen);

        public int Runs { get; private set; }

        public async Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
        {
            Runs++;
            var seen = turn.State.Conversation.Get(Key)?.Count ?? 0;
            if (Runs == 1 || raceEveryTime)
            {
                await storage.WriteAsync(turn.State.Conversation.Key, Encoding.UTF8.GetBytes("{\"seen\":{\"count\":100}}"), ETags.Any, cancellationToken);
            }

            turn.State.Conversation.Set(Key, new Seen(seen + 1));
            turn.SendText($"seen {seen}");
        }
    }
}

public sealed record Seen(int Count);

[JsonSerializable(typeof(Seen))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
internal sealed partial class TestStateJsonContext : JsonSerializerContext;
