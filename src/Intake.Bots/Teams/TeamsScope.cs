using Intake.Schema;

namespace Intake.Bots.Teams;

/// <summary>Teams' conversation kinds (<c>conversation.conversationType</c>).</summary>
internal static class TeamsScope
{
    public const string Personal = "personal";
    public const string GroupChat = "groupChat";
    public const string Channel = "channel";

    /// <summary>Whether the activity comes from a one-to-one chat with the bot (a missing type is taken as one).</summary>
    public static bool IsPersonal(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var type = activity.Conversation?.ConversationType;
        return string.IsNullOrEmpty(type) || string.Equals(type, Personal, StringComparison.OrdinalIgnoreCase);
    }
}
