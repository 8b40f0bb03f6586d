using System.Text;

namespace Intake.Bots.State;

/// <summary>
/// Storage keys for the state scopes. Ids are escaped so a Teams id (<c>a:1;messageid=2</c>) or a
/// slash in a user id cannot collide with or reach into another key.
/// </summary>
public static class StateKeys
{
    public static string Conversation(string channelId, string conversationId)
        => $"{Escape(channelId)}/conversations/{Escape(conversationId)}";

    public static string User(string channelId, string userId)
        => $"{Escape(channelId)}/users/{Escape(userId)}";

    /// <summary>
    /// Whether <paramref name="key"/> is a conversation's state (made by <see cref="Conversation"/>): the state that
    /// expires after <c>Storage:ConversationTtl</c>. Ids are escaped, so no other key holds this segment.
    /// </summary>
    public static bool IsConversation(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.Contains("/conversations/", StringComparison.Ordinal);
    }

    /// <summary>Percent-escapes every character outside <c>[A-Za-z0-9._-]</c>.</summary>
    public static string Escape(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (id.Length > 0 && id.All(IsPlain))
        {
            return id;
        }

        var builder = new StringBuilder(id.Length + 16);
        foreach (var b in Encoding.UTF8.GetBytes(id))
        {
            var c = (char)b;
            if (b < 0x80 && IsPlain(c))
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.Length == 0 ? "%" : builder.ToString();
    }

    private static bool IsPlain(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-';
}
