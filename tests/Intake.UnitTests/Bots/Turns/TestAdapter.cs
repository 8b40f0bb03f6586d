using Intake.Bots.Delivery;
using Intake.Bots.Turns;
using Microsoft.Extensions.Logging.Abstractions;

namespace Intake.UnitTests.Bots.Turns;

/// <summary>A real <see cref="BotAdapter"/> over the given middleware (outermost first) and bot; its connector is never reached by expectReplies turns.</summary>
internal static class TestAdapter
{
    public static BotAdapter Create(IBot bot, params ITurnMiddleware[] middleware)
    {
        var pipeline = new TurnPipeline();
        foreach (var step in middleware)
        {
            pipeline.Use(step);
        }

        return new BotAdapter(
            pipeline.Run(bot),
            new ConversationLocks(),
            new ConnectorClient(new HttpClient(), NullLogger<ConnectorClient>.Instance),
            TimeProvider.System,
            NullLogger<BotAdapter>.Instance);
    }
}
