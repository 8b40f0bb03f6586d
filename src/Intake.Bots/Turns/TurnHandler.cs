namespace Intake.Bots.Turns;

/// <summary>The rest of the pipeline, as seen by a middleware.</summary>
public delegate Task TurnHandler(TurnContext turn, CancellationToken cancellationToken);
