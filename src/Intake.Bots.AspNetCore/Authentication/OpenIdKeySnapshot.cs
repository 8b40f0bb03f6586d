using Microsoft.IdentityModel.Tokens;

namespace Intake.Bots.AspNetCore.Authentication;

/// <summary>One issuer's signing keys as fetched at <see cref="FetchedAt"/>, with the channels each key is endorsed for.</summary>
internal sealed record OpenIdKeySnapshot(IReadOnlyList<SecurityKey> Keys, IReadOnlyDictionary<string, IReadOnlyList<string>> Endorsements, DateTimeOffset FetchedAt)
{
    /// <summary>Whether a key with id <paramref name="kid"/> is held.</summary>
    public bool HasKey(string kid) => Keys.Any(k => string.Equals(k.KeyId, kid, StringComparison.Ordinal));

    /// <summary>The channel ids the key <paramref name="kid"/> is endorsed for (empty when it carries none).</summary>
    public IReadOnlyList<string> EndorsementsOf(string kid) => Endorsements.TryGetValue(kid, out var channels) ? channels : [];
}
