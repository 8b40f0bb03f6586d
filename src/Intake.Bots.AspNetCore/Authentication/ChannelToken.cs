using Intake.Schema;

namespace Intake.Bots.AspNetCore.Authentication;

/// <summary>
/// What a validated channel token vouches for, kept on the request (<c>HttpContext.Features</c>) by the
/// scheme so the endpoint can hold it against the activity once the body is read.
/// </summary>
internal sealed record ChannelToken(ChannelTokenKind Kind, string? ServiceUrl, IReadOnlyList<string> Endorsements)
{
    /// <summary>
    /// Why <paramref name="activity"/> may not run under this token, or <c>null</c>: the signing key must be
    /// endorsed for its <c>channelId</c>, and the token's <c>serviceurl</c> claim must be its <c>serviceUrl</c>.
    /// </summary>
    public string? RefusalFor(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (Kind == ChannelTokenKind.Emulator)
        {
            return null;
        }

        if (Kind == ChannelTokenKind.BotFramework && !Endorsements.Contains(activity.ChannelId ?? string.Empty, StringComparer.Ordinal))
        {
            return "The key that signed the token is not endorsed for the activity's channelId.";
        }

        return string.Equals(ServiceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase)
            ? null
            : "The token's serviceurl claim is not the activity's serviceUrl.";
    }
}
