using System.Globalization;
using Intake.Schema;

namespace Intake.Benchmarks.Driving;

/// <summary>
/// One simulated user in one conversation: builds the activities of <see cref="IntakeScript"/>. The user is the
/// conversation's own unless <paramref name="userId"/> names one who comes back (a patient with many intakes).
/// </summary>
internal sealed class ScriptedConversation(string runId, int index, Uri serviceUrl, bool expectReplies, string? userId = null)
{
    public const string ChannelId = "emulator";

    private static readonly ChannelAccount BotAccount = new() { Id = "bot-1", Name = "Intake", Role = "bot" };

    public string ConversationId { get; } = string.Create(CultureInfo.InvariantCulture, $"{runId}-{index:D6}");

    public ChannelAccount User { get; } = new() { Id = userId ?? string.Create(CultureInfo.InvariantCulture, $"user-{runId}-{index:D6}"), Name = "Patient", Role = "user" };

    /// <summary>The activity for turn <paramref name="turnIndex"/> of the script.</summary>
    public Activity Build(int turnIndex, ScriptTurn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var activity = new Activity
        {
            Type = turn.IsJoin ? ActivityTypes.ConversationUpdate : ActivityTypes.Message,
            Id = string.Create(CultureInfo.InvariantCulture, $"{ConversationId}|{turnIndex:D4}"),
            Timestamp = DateTimeOffset.UtcNow,
            ChannelId = ChannelId,
            ServiceUrl = serviceUrl.ToString(),
            Conversation = new ConversationAccount { Id = ConversationId },
            From = User,
            Recipient = BotAccount,
            Locale = "en-US",
            Text = turn.Text,
            TextFormat = turn.IsJoin ? null : "plain",
            DeliveryMode = expectReplies ? DeliveryModes.ExpectReplies : null,
        };
        return turn.IsJoin ? activity with { MembersAdded = [User, BotAccount] } : activity;
    }
}
