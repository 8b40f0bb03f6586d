using Intake.Bots.Dialogs;
using Intake.Bots.Turns;
using Intake.Dialogs.Flow;
using Intake.Schema;

namespace Intake.Dialogs;

/// <summary>
/// The intake bot: welcomes once per conversation (when a person joins, or at their first message if
/// the join never came), then hands every message to the intake's dialogs. An emergency sign typed at
/// any point (before the welcome too), and the answer to "delete my data", come before anything else.
/// </summary>
internal sealed class IntakeBot(IntakeFlow flow) : IBot
{
    public async Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var activity = turn.Activity;
        var dialog = flow.Open(turn);
        var greeted = turn.State.Conversation.Get(IntakeStateKeys.Flags)?.Greeted == true;
        if (activity.IsType(ActivityTypes.ConversationUpdate))
        {
            if (!greeted && PersonJoined(activity))
            {
                await WelcomeAsync(dialog, cancellationToken);
            }

            return;
        }

        if (!activity.IsType(ActivityTypes.Message))
        {
            return;
        }

        if (await flow.TryEmergencyAsync(dialog, cancellationToken))
        {
            turn.State.Conversation.Set(IntakeStateKeys.Flags, new ConversationFlags(Greeted: true));
            return;
        }

        if (await flow.Deletion.TryAnswerAsync(dialog, cancellationToken))
        {
            return;
        }

        if (!greeted)
        {
            await WelcomeAsync(dialog, cancellationToken);
            return;
        }

        await flow.Runner.ContinueAsync(dialog, cancellationToken);
    }

    // Teams may list only the bot first; the Emulator lists [user, bot]. Any member who is not the bot is a person.
    private static bool PersonJoined(Activity activity)
        => activity.MembersAdded?.Any(m => !string.Equals(m.Id, activity.Recipient?.Id, StringComparison.Ordinal)) == true;

    private static async Task WelcomeAsync(DialogContext dialog, CancellationToken cancellationToken)
    {
        dialog.Turn.State.Conversation.Set(IntakeStateKeys.Flags, new ConversationFlags(Greeted: true));
        dialog.Turn.SendText(string.Join("\n\n", dialog.Text(IntakeContentKeys.Welcome), dialog.Text(IntakeContentKeys.About), dialog.Text(IntakeContentKeys.Danger)));
        await dialog.CancelAllDialogsAsync(cancellationToken);
        await dialog.BeginDialogAsync(IntakeDialog.Id, cancellationToken);
    }
}
