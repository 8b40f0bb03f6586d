using Intake.Schema;

namespace Intake.Bots.Teams;

/// <summary>The bot's own @mentions in a Teams message: whether there is one, and the text without them.</summary>
internal static class TeamsMentions
{
    /// <summary>Whether a <c>mention</c> entity names the activity's recipient (the bot).</summary>
    public static bool MentionsBot(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return BotMentions(activity).Any();
    }

    /// <summary>
    /// The text with every mention of the bot removed (the entity's <c>text</c>, or <c>&lt;at&gt;name&lt;/at&gt;</c>
    /// when it has none), case aside, and trimmed: what the patient said to the bot.
    /// </summary>
    public static string? StripBotMentions(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var text = activity.Text;
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        foreach (var mention in BotMentions(activity))
        {
            var tag = !string.IsNullOrEmpty(mention.Text) ? mention.Text : $"<at>{mention.Mentioned?.Name}</at>";
            text = text.Replace(tag, string.Empty, StringComparison.OrdinalIgnoreCase);
        }

        return text.Trim();
    }

    private static IEnumerable<Entity> BotMentions(Activity activity)
        => (activity.Entities ?? []).Where(e =>
            string.Equals(e.Type, "mention", StringComparison.OrdinalIgnoreCase)
            && e.Mentioned?.Id is { Length: > 0 } id
            && string.Equals(id, activity.Recipient?.Id, StringComparison.Ordinal));
}
