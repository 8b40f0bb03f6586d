using Intake.Bots.Turns;
using Intake.Dialogs.Flow;
using Intake.Schema;

namespace Intake.Dialogs;

/// <summary>
/// The intake bot routes by activity type only: a message goes to the dialog runner (which runs the intake's
/// checks in order, then the open question, see <see cref="IntakeFlow"/>); a person joining gets the welcome.
/// </summary>
internal sealed class IntakeBot(IntakeFlow flow) : IBot
{
    public async Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var activity = turn.Activity;
        if (activity.IsType(ActivityTypes.Message))
        {
            await flow.Runner.RunAsync(turn, cancellationToken);
        }
        else if (activity.IsType(ActivityTypes.ConversationUpdate) && PersonJoined(activity))
        {
            await flow.JoinedAsync(turn, cancellationToken);
        }
    }

    // Teams may list only the bot first; the Emulator lists [user, bot]. Any member who is not the bot is a person.
    private static bool PersonJoined(Activity activity)
        => activity.MembersAdded?.Any(m => !string.Equals(m.Id, activity.Recipient?.Id, StringComparison.Ordinal)) == true;
}
