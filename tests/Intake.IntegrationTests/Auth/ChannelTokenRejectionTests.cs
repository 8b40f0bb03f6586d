using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using Intake.IntegrationTests.Infrastructure;
using Intake.Schema;
using Microsoft.IdentityModel.Tokens;

namespace Intake.IntegrationTests.Auth;

/// <summary>
/// Every bad token over a real port: 401 with a reason (never 500), no turn (no reply, no state), and one
/// log line that does not hold the token.
/// </summary>
public sealed class ChannelTokenRejectionTests(AuthHostFixture fixture) : IClassFixture<AuthHostFixture>
{
    private const string TeamsServiceUrl = "https://smba.trafficmanager.net/amer/";

    private AuthHost Auth => fixture.Auth;

    [Fact]
    public async Task NoAuthorizationHeader_WithAppId_Is401()
        => await AssertRefusedAsync(token: null, "needs an Authorization: Bearer token");

    [Fact]
    public async Task BasicScheme_Is401()
        => await AssertRefusedAsync(Convert.ToBase64String("bot:secret"u8.ToArray()), "one 'Bearer' token", scheme: "Basic");

    [Fact]
    public async Task NotAJwt_Is401()
        => await AssertRefusedAsync("not-a-token", "not a JWT");

    [Fact]
    public async Task Expired_Is401()
        => await AssertRefusedAsync(Sign(Claims(), notBefore: DateTime.UtcNow.AddHours(-2), lifetime: TimeSpan.FromMinutes(60)), "expired");

    [Fact]
    public async Task ExpiredWithinTheFiveMinuteSkew_IsAccepted()
    {
        var client = Client("msteams");
        var token = Sign(Claims(), notBefore: DateTime.UtcNow.AddMinutes(-63), lifetime: TimeSpan.FromMinutes(60));

        using var response = await Auth.PostAsync(client.Build(ActivityTypes.Message) with { Text = "hello" }, token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task NotYetValid_Is401()
        => await AssertRefusedAsync(Sign(Claims(), notBefore: DateTime.UtcNow.AddMinutes(10)), "not valid yet");

    [Fact]
    public async Task WrongAudience_Is401()
        => await AssertRefusedAsync(Sign(Claims(aud: Guid.NewGuid().ToString())), "not for this bot's MicrosoftAppId");

    [Fact]
    public async Task WrongIssuer_Is401()
        => await AssertRefusedAsync(Sign(Claims(iss: "https://api.botframework.com.evil.example")), "issuer");

    [Fact]
    public async Task EntraIssuerOfAnotherTenant_Is401()
    {
        var claims = ChannelTokens.EmulatorV2(Auth.AppId, tenant: "11111111-2222-3333-4444-555555555555");

        await AssertRefusedAsync(ChannelTokens.Sign(Auth.Issuer.EntraKey, claims), "issuer", channelId: "emulator", serviceUrl: "http://localhost:1");
    }

    [Fact]
    public async Task UnknownSigningKey_Is401()
    {
        using var stranger = SigningKey.Create("msteams");

        await AssertRefusedAsync(ChannelTokens.Sign(stranger, Claims()), "key the issuer does not publish");
    }

    [Fact]
    public async Task ForgedWithAnotherKeyUnderAPublishedKid_Is401()
    {
        using var forger = RSA.Create(2048);
        var credentials = new SigningCredentials(new RsaSecurityKey(forger) { KeyId = Auth.Issuer.ChannelKey.Kid }, SecurityAlgorithms.RsaSha256);

        await AssertRefusedAsync(ChannelTokens.Sign(credentials, Claims()), "signature does not verify");
    }

    [Fact]
    public async Task TamperedPayload_Is401()
    {
        var token = ChannelTokens.Tamper(Sign(Claims()), payload => payload["serviceurl"] = "https://attacker.example/");

        await AssertRefusedAsync(token, "signature does not verify", serviceUrl: "https://attacker.example/");
    }

    [Fact]
    public async Task AlgNone_Is401()
        => await AssertRefusedAsync(ChannelTokens.WithAlgNone(Auth.Issuer.ChannelKey.Kid, Claims()), "RS256");

    [Fact]
    public async Task Hs256SignedWithThePublicKey_Is401()
    {
        var publicKey = Auth.Issuer.ChannelKey.Rsa.ExportSubjectPublicKeyInfo();
        var credentials = new SigningCredentials(new SymmetricSecurityKey(publicKey) { KeyId = Auth.Issuer.ChannelKey.Kid }, SecurityAlgorithms.HmacSha256);

        await AssertRefusedAsync(ChannelTokens.Sign(credentials, Claims()), "RS256");
    }

    [Fact]
    public async Task NoServiceUrlClaim_Is401()
    {
        var claims = Claims();
        claims.Remove("serviceurl");

        await AssertRefusedAsync(Sign(claims), "no serviceurl claim");
    }

    [Fact]
    public async Task ServiceUrlClaimOfAnotherConnector_Is401()
        => await AssertRefusedAsync(Sign(Claims(serviceUrl: "https://smba.trafficmanager.net/emea/")), "serviceurl claim is not the activity's serviceUrl");

    [Fact]
    public async Task KeyNotEndorsedForTheChannel_Is401()
        => await AssertRefusedAsync(ChannelTokens.Sign(Auth.Issuer.TeamsOnlyKey, Claims()), "not endorsed", channelId: "webchat");

    [Fact]
    public async Task KeyWithNoEndorsements_Is401()
        => await AssertRefusedAsync(ChannelTokens.Sign(Auth.Issuer.UnendorsedKey, Claims()), "not endorsed");

    [Fact]
    public async Task EntraChannelTokenWithoutServiceUrl_Is401()
    {
        var claims = ChannelTokens.EntraChannel(Auth.AppId, TeamsServiceUrl);
        claims.Remove("serviceurl");

        await AssertRefusedAsync(ChannelTokens.Sign(Auth.Issuer.EntraKey, claims), "no serviceurl claim");
    }

    [Fact]
    public async Task EmulatorTokenWithAnUnknownVersion_Is401()
    {
        var claims = ChannelTokens.EmulatorV2(Auth.AppId);
        claims["ver"] = "3.0";

        await AssertRefusedAsync(ChannelTokens.Sign(Auth.Issuer.EntraKey, claims), "ver claim", channelId: "emulator", serviceUrl: "http://localhost:1");
    }

    [Fact]
    public async Task EmulatorTokenWhoseTenantIsNotItsIssuer_Is401()
    {
        var claims = ChannelTokens.EmulatorV1(Auth.AppId);
        claims["tid"] = ChannelTokens.EmulatorTenantV32;

        await AssertRefusedAsync(ChannelTokens.Sign(Auth.Issuer.EntraKey, claims), "tid claim", channelId: "emulator", serviceUrl: "http://localhost:1");
    }

    private Dictionary<string, object> Claims(string? aud = null, string? iss = null, string serviceUrl = TeamsServiceUrl)
    {
        var claims = ChannelTokens.BotFramework(aud ?? Auth.AppId, serviceUrl);
        if (iss is not null)
        {
            claims["iss"] = iss;
        }

        return claims;
    }

    private string Sign(Dictionary<string, object> claims, DateTime? notBefore = null, TimeSpan? lifetime = null)
        => ChannelTokens.Sign(Auth.Issuer.ChannelKey, claims, notBefore, lifetime);

    private BotClient Client(string channelId, string serviceUrl = TeamsServiceUrl)
        => new(Auth.Host.Client, channelId) { ServiceUrl = serviceUrl };

    private async Task AssertRefusedAsync(string? token, string reason, string scheme = "Bearer", string channelId = "msteams", string serviceUrl = TeamsServiceUrl)
    {
        var client = Client(channelId, serviceUrl);
        var refusalsBefore = Refusals();

        using var response = await Auth.PostAsync(client.Build(ActivityTypes.Message) with { Text = "hello" }, token, scheme);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.ToString());
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(reason, problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty(await StoredConversation.SlotsAsync(Auth.Storage, client));
        Assert.Equal(refusalsBefore + 1, Refusals());
        if (token is not null)
        {
            var secretPart = token.Split('.')[^1] is { Length: > 0 } signature ? signature : token;
            Assert.DoesNotContain(Auth.Logs.Lines, line => line.Contains(token, StringComparison.Ordinal) || line.Contains(secretPart, StringComparison.Ordinal));
        }
    }

    private int Refusals() => Auth.Logs.Lines.Count(line => line.Contains(" 1201 ", StringComparison.Ordinal));
}
