using Intake.Bots.Content;
using Intake.Bots.State;
using Intake.Bots.Turns;
using Intake.Schema;

namespace Intake.Dialogs;

/// <summary>The intake bot: greets once per conversation and acknowledges messages.</summary>
public sealed class IntakeBot(ContentCatalog content) : IBot
{
    private static readonly StateKey<ConversationFlags> FlagsKey = new("flags", DialogsJsonContext.Default.ConversationFlags);

    public Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var activity = turn.Activity;
        var language = content.LanguageFor(activity.Locale);
        var flags = turn.State.Conversation.Get(FlagsKey) ?? new ConversationFlags(Greeted: false);
        if (activity.IsType(ActivityTypes.ConversationUpdate)
            && activity.MembersAdded?.Any(m => !string.Equals(m.Id, activity.Recipient?.Id, StringComparison.Ordinal)) == true
            && !flags.Greeted)
        {
            turn.SendText(content.Text(language, "welcome"));
            turn.State.Conversation.Set(FlagsKey, flags with { Greeted = true });
        }
        else if (activity.IsType(ActivityTypes.Message))
        {
            turn.SendText(content.Text(language, "echo"));
        }

        return Task.CompletedTask;
    }
}
