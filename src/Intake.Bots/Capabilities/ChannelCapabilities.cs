using Intake.Schema;

namespace Intake.Bots.Capabilities;

/// <summary>
/// What a channel can show, in one place: how many suggested actions, whether Adaptive Cards (1.5)
/// render, and how long a button title may be before it is cut. Unknown channels get plain text.
/// </summary>
public sealed record ChannelCapabilities(string ChannelId, int MaxSuggestedActions, bool AdaptiveCards, int MaxActionTitleLength)
{
    /// <summary>The Adaptive Card version every channel we serve renders (Teams stops at 1.5).</summary>
    public const string AdaptiveCardVersion = "1.5";

    /// <summary>Web Chat, Direct Line and the Emulator: suggested actions and Adaptive Cards.</summary>
    public static readonly ChannelCapabilities WebChat = new(Channels.WebChat, 100, true, 100);

    /// <summary>
    /// Teams shows only the first 3 suggested actions (and older clients only in personal chats), so
    /// choices go on cards there: suggested actions are not used.
    /// </summary>
    public static readonly ChannelCapabilities Teams = new(Channels.MsTeams, 0, true, 50);

    /// <summary>A channel we know nothing about: a numbered text list.</summary>
    public static readonly ChannelCapabilities PlainText = new("unknown", 0, false, 0);

    /// <summary>The capabilities of the channel an activity came from.</summary>
    public static ChannelCapabilities For(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.ChannelId switch
        {
            Channels.WebChat or Channels.DirectLine or Channels.Emulator or Channels.Test => WebChat with { ChannelId = activity.ChannelId },
            Channels.MsTeams => Teams,
            _ => PlainText with { ChannelId = activity.ChannelId ?? PlainText.ChannelId },
        };
    }
}
