using Intake.Bots.Turns;
using Intake.Schema;

namespace Intake.Bots.Teams;

/// <summary>
/// Teams' manners, before the state is read and after the bot has answered. In a group chat or a channel
/// only a message that @mentions the bot is a turn (anything else runs nothing, writes nothing, answers
/// nothing); the bot's own @mention is taken out of the text before the bot reads it. A personal chat's
/// events go to the bot as they are (Teams lists the patient beside the bot when the app is added, which
/// is the welcome). Replies are fitted to Teams
/// (<see cref="TeamsReplyShaper"/>). Other channels pass through untouched.
/// </summary>
internal sealed class TeamsMiddleware : ITurnMiddleware
{
    public async Task InvokeAsync(TurnContext turn, TurnHandler next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(next);
        var activity = turn.Activity;
        if (!string.Equals(activity.ChannelId, Channels.MsTeams, StringComparison.Ordinal))
        {
            await next(turn, cancellationToken);
            return;
        }

        var personal = TeamsScope.IsPersonal(activity);
        if (activity.IsType(ActivityTypes.Message))
        {
            var mentioned = TeamsMentions.MentionsBot(activity);
            if (!personal && !mentioned)
            {
                return;
            }

            if (mentioned)
            {
                turn.Activity = activity with { Text = TeamsMentions.StripBotMentions(activity) };
            }
        }
        else if (!personal)
        {
            // Members joining a team, channels renamed, the app installed in a group: nothing for an intake to say.
            return;
        }

        await next(turn, cancellationToken);
        turn.ReshapeReplies(reply => TeamsReplyShaper.Shape(reply, personal));
    }

}
