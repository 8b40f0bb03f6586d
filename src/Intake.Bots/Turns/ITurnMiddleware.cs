namespace Intake.Bots.Turns;

/// <summary>One step of the turn pipeline. Call <c>next</c> to go on; return without calling it to stop the turn.</summary>
internal interface ITurnMiddleware
{
    Task InvokeAsync(TurnContext turn, TurnHandler next, CancellationToken cancellationToken);
}
