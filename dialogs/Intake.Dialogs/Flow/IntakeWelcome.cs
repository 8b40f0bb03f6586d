using Intake.Bots.Dialogs;
using Intake.Bots.Turns;

namespace Intake.Dialogs.Flow;

/// <summary>
/// The welcome, once per conversation: when a person joins, or at their first message when the join never
/// came (as a check before the active dialog). Then the intake begins with its first question.
/// </summary>
internal static class IntakeWelcome
{
    /// <summary>Whether this conversation was welcomed (or the emergency message took the welcome's place).</summary>
    public static bool Greeted(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return turn.State.Conversation.Get(IntakeStateKeys.Flags)?.Greeted == true;
    }

    /// <summary>Records that no welcome is owed any more.</summary>
    public static void MarkGreeted(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var flags = turn.State.Conversation.Get(IntakeStateKeys.Flags);
        if (flags?.Greeted != true)
        {
            turn.State.Conversation.Set(IntakeStateKeys.Flags, (flags ?? new ConversationFlags { Greeted = true }) with { Greeted = true });
        }
    }

    /// <summary>Whether the intake ended and no new one began (<see cref="ConversationFlags.Ended"/>).</summary>
    public static bool Ended(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return turn.State.Conversation.Get(IntakeStateKeys.Flags)?.Ended == true;
    }

    /// <summary>Records that the intake ended, or (<paramref name="ended"/> false) that a new one begins.</summary>
    public static void MarkEnded(TurnContext turn, bool ended)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var flags = turn.State.Conversation.Get(IntakeStateKeys.Flags) ?? new ConversationFlags { Greeted = true };
        if (flags.Ended != ended)
        {
            turn.State.Conversation.Set(IntakeStateKeys.Flags, flags with { Ended = ended });
        }
    }

    /// <summary>The check: a message in a conversation not yet welcomed gets the welcome and the first question instead.</summary>
    public static async ValueTask<CommandOutcome?> CheckAsync(DialogContext dialog, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        if (Greeted(dialog.Turn))
        {
            return null;
        }

        await SendAsync(dialog, cancellationToken);
        return CommandOutcome.Handled;
    }

    /// <summary>Says the welcome, what the bot is for and when to call 911, then begins the intake.</summary>
    public static async ValueTask SendAsync(DialogContext dialog, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        MarkGreeted(dialog.Turn);
        MarkEnded(dialog.Turn, ended: false);
        dialog.Turn.SendText(string.Join("\n\n", dialog.Text(IntakeContentKeys.Welcome), dialog.Text(IntakeContentKeys.About), dialog.Text(IntakeContentKeys.Danger)));
        await dialog.CancelAllDialogsAsync(cancellationToken);
        await dialog.BeginDialogAsync(IntakeDialog.Id, cancellationToken);
    }
}
