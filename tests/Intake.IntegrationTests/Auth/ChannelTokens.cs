using System.Text;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Intake.IntegrationTests.Auth;

/// <summary>Tokens shaped like the ones Azure Bot Service and the Emulator present, signed with test keys.</summary>
public static class ChannelTokens
{
    public const string BotFrameworkIssuer = "https://api.botframework.com";
    public const string EmulatorTenantV31 = "d6d49420-f39b-4df7-a1dc-d59a935871db";
    public const string EmulatorTenantV32 = "f8cdef31-a31e-4b4a-93e4-5f571e91255a";
    public const string BotServiceTenant = "69e9b82d-4842-4902-8d1e-abc5b98a55e8";

    /// <summary>What Azure Bot Service sends to the bot: the Bot Framework issuer, aud = the app id, the serviceurl claim.</summary>
    public static Dictionary<string, object> BotFramework(string appId, string serviceUrl) => new(StringComparer.Ordinal)
    {
        ["iss"] = BotFrameworkIssuer,
        ["aud"] = appId,
        ["serviceurl"] = serviceUrl,
        ["appid"] = "bf-connector",
    };

    /// <summary>An Emulator v1 token: sts.windows.net issuer, ver 1.0, the bot's own id in appid.</summary>
    public static Dictionary<string, object> EmulatorV1(string appId, string tenant = EmulatorTenantV31) => new(StringComparer.Ordinal)
    {
        ["iss"] = $"https://sts.windows.net/{tenant}/",
        ["aud"] = appId,
        ["ver"] = "1.0",
        ["appid"] = appId,
        ["tid"] = tenant,
    };

    /// <summary>An Emulator v2 token: login.microsoftonline.com/…/v2.0 issuer, ver 2.0, the bot's own id in azp.</summary>
    public static Dictionary<string, object> EmulatorV2(string appId, string tenant = EmulatorTenantV32) => new(StringComparer.Ordinal)
    {
        ["iss"] = $"https://login.microsoftonline.com/{tenant}/v2.0",
        ["aud"] = appId,
        ["ver"] = "2.0",
        ["azp"] = appId,
        ["tid"] = tenant,
    };

    /// <summary>An Entra-issued channel token (the Bot Service tenant), vouching for a serviceUrl.</summary>
    public static Dictionary<string, object> EntraChannel(string appId, string serviceUrl) => new(StringComparer.Ordinal)
    {
        ["iss"] = $"https://login.microsoftonline.com/{BotServiceTenant}/v2.0",
        ["aud"] = appId,
        ["ver"] = "2.0",
        ["azp"] = "bot-service-app",
        ["tid"] = BotServiceTenant,
        ["serviceurl"] = serviceUrl,
    };

    /// <summary>Signs <paramref name="claims"/> with RS256 and the key's kid; valid from <paramref name="notBefore"/> for <paramref name="lifetime"/>.</summary>
    public static string Sign(SigningKey key, IDictionary<string, object> claims, DateTime? notBefore = null, TimeSpan? lifetime = null)
        => Sign(new SigningCredentials(key.SecurityKey, SecurityAlgorithms.RsaSha256), claims, notBefore, lifetime);

    public static string Sign(SigningCredentials credentials, IDictionary<string, object> claims, DateTime? notBefore = null, TimeSpan? lifetime = null)
    {
        var from = notBefore ?? DateTime.UtcNow.AddMinutes(-1);
        var handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false };
        return handler.CreateToken(new SecurityTokenDescriptor
        {
            Claims = claims,
            NotBefore = from,
            IssuedAt = from,
            Expires = from + (lifetime ?? TimeSpan.FromHours(1)),
            SigningCredentials = credentials,
        });
    }

    /// <summary>An unsigned token (<c>alg: none</c>) with the given claims, naming <paramref name="kid"/>.</summary>
    public static string WithAlgNone(string kid, IDictionary<string, object> claims)
    {
        var header = new JsonObject { ["alg"] = "none", ["typ"] = "JWT", ["kid"] = kid };
        return $"{Encode(header.ToJsonString())}.{Encode(Payload(claims).ToJsonString())}.";
    }

    /// <summary>The token with its payload rewritten by <paramref name="change"/> and the original signature kept.</summary>
    public static string Tamper(string token, Action<JsonObject> change)
    {
        var parts = token.Split('.');
        var payload = JsonNode.Parse(Base64UrlEncoder.Decode(parts[1]))!.AsObject();
        change(payload);
        return $"{parts[0]}.{Encode(payload.ToJsonString())}.{parts[2]}";
    }

    private static JsonObject Payload(IDictionary<string, object> claims)
    {
        var now = DateTimeOffset.UtcNow;
        var payload = new JsonObject
        {
            ["nbf"] = now.AddMinutes(-1).ToUnixTimeSeconds(),
            ["exp"] = now.AddHours(1).ToUnixTimeSeconds(),
        };
        foreach (var (name, value) in claims)
        {
            payload[name] = JsonValue.Create(value.ToString());
        }

        return payload;
    }

    private static string Encode(string json) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(json));
}
