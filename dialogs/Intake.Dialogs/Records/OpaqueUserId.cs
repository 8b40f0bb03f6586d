using System.Security.Cryptography;
using System.Text;

namespace Intake.Dialogs.Records;

/// <summary>
/// The id records are kept under: a SHA-256 of the channel and the channel's user id, so the store
/// links a patient's intakes without holding the raw id (a Teams AAD id, a Web Chat user id).
/// </summary>
internal static class OpaqueUserId
{
    private const string Domain = "intake-user-v1";

    public static string For(string channelId, string userId)
    {
        ArgumentNullException.ThrowIfNull(channelId);
        ArgumentNullException.ThrowIfNull(userId);
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes($"{Domain}\n{channelId}\n{userId}"));
        return Convert.ToHexStringLower(bytes);
    }
}
