using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Intake.DirectLine.Wire;
using Microsoft.Extensions.Options;

namespace Intake.DirectLine.Tokens;

/// <summary>
/// Issues and checks the embedded Direct Line's tokens: JWTs (HS256, so Web Chat reads the <c>user</c> claim as its user
/// id, as it does with Azure's tokens) signed with a key
/// derived from <c>DirectLine:Secret</c> (or from a random secret made at start when none is set). A token names one
/// conversation and one user and expires; nothing is stored, so a restart with the same secret keeps tokens valid.
/// </summary>
internal sealed class TokenIssuer
{
    // {"alg":"HS256","typ":"JWT"}: every token this host makes starts with it.
    private const string Prefix = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.";
    private readonly byte[] _key;
    private readonly byte[] _secretHash;
    private readonly TimeSpan _lifetime;
    private readonly TimeProvider _time;

    public TokenIssuer(IOptions<DirectLineOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        var secret = options.Value.Secret is { Length: > 0 } configured ? configured : Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        SecretWasGenerated = options.Value.Secret is not { Length: > 0 };
        _secretHash = SHA256.HashData(Encoding.UTF8.GetBytes(secret));
        _key = HMACSHA256.HashData(_secretHash, "intake directline token key"u8);
        _lifetime = options.Value.TokenLifetime;
        _time = time;
    }

    /// <summary>Whether no secret was configured (one was made for this process).</summary>
    public bool SecretWasGenerated { get; }

    /// <summary>Seconds a new token lives (<c>expires_in</c>).</summary>
    public int LifetimeSeconds => (int)_lifetime.TotalSeconds;

    /// <summary>A new random conversation id.</summary>
    public static string NewConversationId() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));

    /// <summary>A new random user id; the <c>dl_</c> prefix marks it as the token's (as Azure's Direct Line does).</summary>
    public static string NewUserId() => "dl_" + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(12));

    /// <summary>A token for the conversation and user, valid for <see cref="LifetimeSeconds"/> from now.</summary>
    public string Issue(string conversationId, string userId, string? locale)
    {
        var expires = _time.GetUtcNow().Add(_lifetime).ToUnixTimeSeconds();
        var payload = JsonSerializer.SerializeToUtf8Bytes(new TokenPayload(conversationId, userId, expires, locale), DirectLineJsonContext.Default.TokenPayload);
        var signed = Prefix + Base64Url.EncodeToString(payload);
        return string.Concat(signed, ".", Base64Url.EncodeToString(Sign(Encoding.ASCII.GetBytes(signed))));
    }

    /// <summary>Checks a bearer credential: the secret, a valid token (returned), an expired one, or nothing usable.</summary>
    public TokenCheck Check(string? credential, out DirectLineToken? token)
    {
        token = null;
        if (string.IsNullOrEmpty(credential) || credential.Length > 2048)
        {
            return TokenCheck.Invalid;
        }

        if (!credential.StartsWith(Prefix, StringComparison.Ordinal))
        {
            var hash = SHA256.HashData(Encoding.UTF8.GetBytes(credential));
            return CryptographicOperations.FixedTimeEquals(hash, _secretHash) ? TokenCheck.Secret : TokenCheck.Invalid;
        }

        var dot = credential.LastIndexOf('.');
        if (dot <= Prefix.Length || !TryDecode(credential[(dot + 1)..], out var signature)
            || !CryptographicOperations.FixedTimeEquals(signature, Sign(Encoding.ASCII.GetBytes(credential[..dot])))
            || !TryDecode(credential[Prefix.Length..dot], out var payload))
        {
            return TokenCheck.Invalid;
        }

        TokenPayload? read;
        try
        {
            read = JsonSerializer.Deserialize(payload, DirectLineJsonContext.Default.TokenPayload);
        }
        catch (JsonException)
        {
            return TokenCheck.Invalid;
        }

        if (read is null)
        {
            return TokenCheck.Invalid;
        }

        token = new DirectLineToken(read.Conversation, read.User, DateTimeOffset.FromUnixTimeSeconds(read.Expires), read.Locale);
        return token.ExpiresAt <= _time.GetUtcNow() ? TokenCheck.Expired : TokenCheck.Token;
    }

    private byte[] Sign(ReadOnlySpan<byte> payload) => HMACSHA256.HashData(_key, payload);

    private static bool TryDecode(string text, out byte[] bytes)
    {
        bytes = [];
        if (!Base64Url.IsValid(text, out var length))
        {
            return false;
        }

        bytes = new byte[length];
        return Base64Url.TryDecodeFromChars(text, bytes, out _);
    }
}
