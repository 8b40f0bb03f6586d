namespace Intake.Bots.Turns;

/// <summary>
/// The turn's middleware and the bot, composed once, in the order they are added: the first added is
/// the outermost. The host writes the order where it builds the pipeline
/// (<c>Use(errorBoundary).Use(state)…Run(bot)</c>), not through the order of registrations.
/// </summary>
internal sealed class TurnPipeline
{
    private readonly List<ITurnMiddleware> _middleware = [];

    /// <summary>Adds the next middleware, inside the ones added before it.</summary>
    public TurnPipeline Use(ITurnMiddleware middleware)
    {
        ArgumentNullException.ThrowIfNull(middleware);
        _middleware.Add(middleware);
        return this;
    }

    /// <summary>Ends the pipeline with the bot and composes it.</summary>
    public TurnHandler Run(IBot bot)
    {
        ArgumentNullException.ThrowIfNull(bot);
        TurnHandler handler = bot.OnTurnAsync;
        for (var i = _middleware.Count - 1; i >= 0; i--)
        {
            var middleware = _middleware[i];
            var next = handler;
            handler = (turn, cancellationToken) => middleware.InvokeAsync(turn, next, cancellationToken);
        }

        return handler;
    }
}
