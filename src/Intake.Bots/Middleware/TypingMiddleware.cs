using Intake.Bots.Turns;
using Intake.Schema;

namespace Intake.Bots.Middleware;

/// <summary>
/// Shows a typing indicator when a turn is slow: after <see cref="Delay"/>, then every
/// <see cref="Period"/> (channels show one for about 3 s), only where replies reach the user as they are sent.
/// </summary>
public sealed class TypingMiddleware(TimeProvider time) : ITurnMiddleware
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

        using var done = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var typing = KeepTypingAsync(turn, done.Token);
        try
        {
            await next(turn, cancellationToken);
        }
        finally
        {
            await done.CancelAsync();
            await typing;
        }
    }

    private async Task KeepTypingAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(Delay, time, cancellationToken);
            while (!cancellationToken.IsCancellationRequested)
            {
                await turn.SendTypingAsync(cancellationToken);
                await Task.Delay(Period, time, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            // The turn finished: no more typing.
        }
        catch (HttpRequestException)
        {
            // A lost typing indicator is not worth failing the turn for.
        }
    }
}
