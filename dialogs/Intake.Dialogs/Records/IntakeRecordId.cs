using System.Security.Cryptography;
using System.Text;

namespace Intake.Dialogs.Records;

/// <summary>
/// The id of the record a result turn keeps: a SHA-256 of the channel, the conversation and the inbound
/// activity's id, so the same turn run twice (a conflict, a channel's retry) writes the same record, never two.
/// </summary>
internal static class IntakeRecordId
{
    private const string Domain = "intake-record-v1";

    public static string For(string channelId, string? conversationId, string? activityId)
    {
        ArgumentNullException.ThrowIfNull(channelId);
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes($"{Domain}\n{channelId}\n{conversationId}\n{activityId}"));
        return Convert.ToHexStringLower(bytes);
    }
}
