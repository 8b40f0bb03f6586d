using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace Intake.IntegrationTests.Auth;

/// <summary>An RSA key made at test time, its key id, and the channels it endorses as an issuer would publish it.</summary>
public sealed class SigningKey : IDisposable
{
    private SigningKey(RSA rsa, string kid, string[]? endorsements)
    {
        Rsa = rsa;
        Kid = kid;
        Endorsements = endorsements;
        SecurityKey = new RsaSecurityKey(rsa) { KeyId = kid };
    }

    public RSA Rsa { get; }

    public string Kid { get; }

    public string[]? Endorsements { get; }

    public RsaSecurityKey SecurityKey { get; }

    /// <summary>A new 2048-bit key; with no channels it carries no <c>endorsements</c> field.</summary>
    public static SigningKey Create(params string[] endorsements)
        => new(RSA.Create(2048), "kid-" + Guid.NewGuid().ToString("N")[..12], endorsements.Length == 0 ? null : endorsements);

    /// <summary>The public half as a JWK, with <c>endorsements</c> when it has some.</summary>
    public JsonObject ToJwk()
    {
        var parameters = Rsa.ExportParameters(includePrivateParameters: false);
        var jwk = new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = Kid,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (Endorsements is not null)
        {
            jwk["endorsements"] = new JsonArray([.. Endorsements.Select(e => (JsonNode)e)]);
        }

        return jwk;
    }

    public void Dispose() => Rsa.Dispose();
}
