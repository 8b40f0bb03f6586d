using System.Net;
using System.Net.Http.Json;
using Intake.IntegrationTests.Infrastructure;
using Intake.Schema;

namespace Intake.IntegrationTests.Auth;

/// <summary>A valid token of every issuer kind, for every channel its key is endorsed for, runs the turn.</summary>
public sealed class ChannelTokenAcceptanceTests(AuthHostFixture fixture) : IClassFixture<AuthHostFixture>
{
    private const string TeamsServiceUrl = "https://smba.trafficmanager.net/amer/";
    private const string DirectLineServiceUrl = "https://directline.botframework.com/";

    private AuthHost Auth => fixture.Auth;

    [Theory]
    [InlineData("msteams", TeamsServiceUrl)]
    [InlineData("webchat", DirectLineServiceUrl)]
    [InlineData("directline", DirectLineServiceUrl)]
    public async Task BotFrameworkToken_EndorsedChannel_RunsTheTurn(string channelId, string serviceUrl)
    {
        var token = ChannelTokens.Sign(Auth.Issuer.ChannelKey, ChannelTokens.BotFramework(Auth.AppId, serviceUrl));

        await AssertWelcomedAsync(token, channelId, serviceUrl);
    }

    [Fact]
    public async Task EmulatorV1Token_RunsTheTurn()
        => await AssertWelcomedAsync(ChannelTokens.Sign(Auth.Issuer.EntraKey, ChannelTokens.EmulatorV1(Auth.AppId)), "emulator", "http://localhost:52111");

    [Fact]
    public async Task EmulatorV2Token_RunsTheTurn()
        => await AssertWelcomedAsync(ChannelTokens.Sign(Auth.Issuer.EntraKey, ChannelTokens.EmulatorV2(Auth.AppId)), "emulator", "http://localhost:52112");

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task EmulatorToken_FromTheBotsOwnTenant_RunsTheTurn(bool v2)
    {
        var claims = v2 ? ChannelTokens.EmulatorV2(Auth.AppId, AuthHost.TenantId) : ChannelTokens.EmulatorV1(Auth.AppId, AuthHost.TenantId);

        await AssertWelcomedAsync(ChannelTokens.Sign(Auth.Issuer.EntraKey, claims), "emulator", "http://localhost:52113");
    }

    [Fact]
    public async Task EntraIssuedChannelToken_RunsTheTurn()
        => await AssertWelcomedAsync(ChannelTokens.Sign(Auth.Issuer.EntraKey, ChannelTokens.EntraChannel(Auth.AppId, TeamsServiceUrl)), "msteams", TeamsServiceUrl);

    [Fact]
    public async Task ServiceUrlClaim_ComparedIgnoringCase_RunsTheTurn()
    {
        var token = ChannelTokens.Sign(Auth.Issuer.ChannelKey, ChannelTokens.BotFramework(Auth.AppId, "https://SMBA.trafficmanager.net/amer/"));

        await AssertWelcomedAsync(token, "msteams", TeamsServiceUrl);
    }

    private async Task AssertWelcomedAsync(string token, string channelId, string serviceUrl)
    {
        var client = new BotClient(Auth.Host.Client, channelId) { ServiceUrl = serviceUrl };

        using var response = await Auth.PostAsync(client.Build(ActivityTypes.ConversationUpdate) with { MembersAdded = [client.User, client.Bot] }, token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = await response.Content.ReadFromJsonAsync(SchemaJsonContext.Default.ExpectedReplies);
        Assert.NotEmpty(replies!.Activities!);
        Assert.NotEmpty(await StoredConversation.SlotsAsync(Auth.Storage, client));
    }
}
