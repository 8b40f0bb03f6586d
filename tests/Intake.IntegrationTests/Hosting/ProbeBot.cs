using System.Text.Json;
using System.Text.Json.Serialization;
using Intake.Bots.State;
using Intake.Bots.Turns;
using Intake.Schema;

namespace Intake.IntegrationTests.Hosting;

/// <summary>
/// A bot for protocol tests: counts messages in conversation state, throws on "boom", is slow on
/// "slow", answers the invoke "probe/ping", and records how many turns ran at once.
/// </summary>
public sealed class ProbeBot : IBot
{
    private static readonly StateKey<ProbeCount> CountKey = new("probe", ProbeJsonContext.Default.ProbeCount);
    private int _running;
    private int _maxRunning;

    public int MaxConcurrentTurns => _maxRunning;

    public async Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var running = Interlocked.Increment(ref _running);
        InterlockedMax(ref _maxRunning, running);
        try
        {
            await HandleAsync(turn, cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref _running);
        }
    }

    private static async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (activity.IsType(ActivityTypes.Invoke))
        {
            if (activity.Name == "probe/ping")
            {
                turn.InvokeResponse = new InvokeResponse(200, JsonSerializer.SerializeToElement(new ProbeCount(42), ProbeJsonContext.Default.ProbeCount));
            }

            return;
        }

        if (!activity.IsType(ActivityTypes.Message))
        {
            return;
        }

        var count = turn.State.Conversation.Get(CountKey)?.Count ?? 0;
        // Yield so that a missing conversation lock would let other turns of the conversation interleave here.
        await Task.Delay(5, cancellationToken);
        turn.State.Conversation.Set(CountKey, new ProbeCount(count + 1));
        switch (activity.Text)
        {
            case "boom":
                throw new InvalidOperationException("The probe failed on purpose.");
            case "slow":
                await Task.Delay(TimeSpan.FromSeconds(1.3), cancellationToken);
                break;
        }

        turn.SendText($"count {count + 1}");
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while (value > (current = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}

/// <summary>The probe bot's state.</summary>
public sealed record ProbeCount(int Count);

[JsonSerializable(typeof(ProbeCount))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
internal sealed partial class ProbeJsonContext : JsonSerializerContext;
