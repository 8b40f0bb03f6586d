using Intake.Bots.Dialogs;
using Intake.Bots.Turns;
using Intake.Dialogs.Answers;
using Intake.Dialogs.Flow;
using Intake.Schema;

namespace Intake.Dialogs;

/// <summary>
/// The intake bot: welcomes once per conversation (when a person joins, or at their first message if
/// the join never came), stops at once when a typed answer names an emergency sign, and otherwise hands
/// every message to the intake's dialogs.
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

        if (!greeted)
        {
            await WelcomeAsync(dialog, cancellationToken);
            return;
        }

        if (flow.Watch.Check(dialog) is { } signs)
        {
            var answers = turn.State.Conversation.Get(IntakeStateKeys.Answers) ?? new IntakeAnswers();
            turn.State.Conversation.Set(IntakeStateKeys.Answers, answers with { Emergency = signs });
            await IntakeDialog.StopAsync(dialog, IntakeQuestions.EmergencyStop, cancellationToken);
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
