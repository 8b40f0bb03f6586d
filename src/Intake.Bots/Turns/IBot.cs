namespace Intake.Bots.Turns;

/// <summary>The application: what happens in a turn once the pipeline has prepared it.</summary>
public interface IBot
{
    Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken);
}
