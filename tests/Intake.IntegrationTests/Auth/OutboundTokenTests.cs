using System.Net;
using Intake.Bots.Auth;
using Intake.Bots.Delivery;
using Intake.IntegrationTests.Infrastructure;
using Intake.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Intake.IntegrationTests.Auth;

/// <summary>
/// Replies to the channel carry the bot's own token, got with MSAL from a local token endpoint: only to the
/// serviceUrl the inbound token vouched for, reused across replies, replaced before it expires.
/// </summary>
public sealed class OutboundTokenTests : IAsyncLifetime
{
    private LocalTokenEndpoint _tokens = null!;
    private FakeConnector _connector = null!;

    public async Task InitializeAsync()
    {
        _tokens = await LocalTokenEndpoint.StartAsync();
        _connector = await FakeConnector.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _connector.DisposeAsync();
        await _tokens.DisposeAsync();
    }

    [Theory]
    [InlineData("MultiTenant", "botframework.com")]
    [InlineData("SingleTenant", AuthHost.TenantId)]
    public async Task Replies_ToTheVouchedServiceUrl_CarryOneReusedBearerToken(string appType, string tenant)
    {
        await using var auth = await StartAsync(appType, tenant);
        var client = new BotClient(auth.Host.Client, "msteams") { ServiceUrl = _connector.ServiceUrl };
        var token = ChannelTokens.Sign(auth.Issuer.ChannelKey, ChannelTokens.BotFramework(auth.AppId, _connector.ServiceUrl));

        using var joined = await auth.PostAsync(client.Build(ActivityTypes.ConversationUpdate) with { MembersAdded = [client.User, client.Bot], DeliveryMode = null }, token);
        using var answered = await auth.PostAsync(client.Build(ActivityTypes.Message) with { Text = "hello", DeliveryMode = null }, token);

        Assert.Equal(HttpStatusCode.OK, joined.StatusCode);
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        var replies = _connector.Calls.Where(c => c.Activity?.Type == ActivityTypes.Message).ToList();
        Assert.True(replies.Count >= 2);
        Assert.All(replies, call => Assert.Equal("Bearer access-token-1", call.Authorization));
        var request = Assert.Single(_tokens.Requests);
        Assert.Equal(tenant, request.Tenant);
        Assert.Equal("client_credentials", request.Form["grant_type"]);
        Assert.Equal(auth.AppId, request.Form["client_id"]);
        Assert.Equal("https://api.botframework.com/.default", request.Form["scope"]);
    }

    [Fact]
    public async Task Replies_ToTheEmulator_WithItsToken_CarryNoToken()
    {
        await using var auth = await StartAsync("MultiTenant", "botframework.com");
        var client = new BotClient(auth.Host.Client, "emulator") { ServiceUrl = _connector.ServiceUrl };
        var token = ChannelTokens.Sign(auth.Issuer.EntraKey, ChannelTokens.EmulatorV2(auth.AppId));

        using var joined = await auth.PostAsync(client.Build(ActivityTypes.ConversationUpdate) with { MembersAdded = [client.User, client.Bot], DeliveryMode = null }, token);

        Assert.Equal(HttpStatusCode.OK, joined.StatusCode);
        Assert.NotEmpty(_connector.Calls);
        Assert.All(_connector.Calls, call => Assert.Equal(string.Empty, call.Authorization));
        Assert.Empty(_tokens.Requests);
    }

    [Fact]
    public async Task ConnectorTokens_ReusedUntilFiveMinutesBeforeExpiry_ThenFetchedAgain()
    {
        var auth = new ChannelAuthOptions { MicrosoftAppId = Guid.NewGuid().ToString(), MicrosoftAppPassword = "secret", ToChannelFromBotLoginUrl = $"{_tokens.BaseUrl}/botframework.com" };
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var tokens = new ConnectorTokens(new ClientCredentialsTokenSource(auth, _tokens.MsalHttp()), clock);

        var first = await tokens.GetAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(54));
        var stillFresh = await tokens.GetAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(2));
        var renewed = await tokens.GetAsync(CancellationToken.None);

        Assert.Equal("access-token-1", first);
        Assert.Equal("access-token-1", stillFresh);
        Assert.Equal("access-token-2", renewed);
        Assert.Equal(2, _tokens.Requests.Count);
    }

    [Fact]
    public async Task TokenEndpointRefusing_ReplyIsNotSent_AndTheChannelHears502()
    {
        await using var auth = await StartAsync("MultiTenant", "botframework.com", loginUrl: $"{_tokens.BaseUrl}/{LocalTokenEndpoint.RefusingTenant}");
        var client = new BotClient(auth.Host.Client, "msteams") { ServiceUrl = _connector.ServiceUrl };
        var token = ChannelTokens.Sign(auth.Issuer.ChannelKey, ChannelTokens.BotFramework(auth.AppId, _connector.ServiceUrl));

        using var joined = await auth.PostAsync(client.Build(ActivityTypes.ConversationUpdate) with { MembersAdded = [client.User, client.Bot], DeliveryMode = null }, token);

        Assert.Equal(HttpStatusCode.BadGateway, joined.StatusCode);
        Assert.Empty(_connector.Calls);
    }

    private async Task<AuthHost> StartAsync(string appType, string tenant, string? loginUrl = null)
        => await AuthHost.StartAsync(
            new Dictionary<string, string?>
            {
                ["MicrosoftAppType"] = appType,
                ["ToChannelFromBotLoginUrl"] = loginUrl ?? $"{_tokens.BaseUrl}/{tenant}",
            },
            services => services.AddHttpClient(MsalHttpClients.HttpClientName).ConfigurePrimaryHttpMessageHandler(_tokens.TrustingHandler));
}
