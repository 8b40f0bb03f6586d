using Intake.Bots.Turns;
using Intake.Schema;

namespace Intake.Bots.Middleware;

/// <summary>
/// Shows a typing indicator when a turn is slow: after <see cref="Delay"/>, then every
/// <see cref="Period"/> (channels show one for about 3 s), only where replies reach the user as they are sent.
/// </summary>
internal sealed class TypingMiddleware(TimeProvider time) : ITurnMiddleware
{
    public static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(500);
    public static readonly TimeSpan Period = TimeSpan.FromSeconds(2.5);

    public async Task InvokeAsync(TurnContext turn, TurnHandler next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(next);
        if (!turn.Sink.DeliversImmediately || !turn.Activity.IsType(ActivityTypes.Message))
        {
            await next(turn, cancellationToken);
            return;
        }

        // One timer per turn; most turns end before it first fires and it is simply disposed.
        var typing = new TypingTimer(turn, time, Delay, Period, cancellationToken);
        try
        {
            await next(turn, cancellationToken);
        }
        finally
        {
            await typing.StopAsync();
        }
    }
}
