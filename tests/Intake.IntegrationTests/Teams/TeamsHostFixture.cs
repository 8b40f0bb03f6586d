using Intake.Bots.Delivery;
using Intake.IntegrationTests.Auth;
using Intake.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.IntegrationTests.Teams;

/// <summary>
/// A host with an App ID, its issuer, a token endpoint for its replies' tokens, and a connector standing in
/// for Teams', shared by a test class.
/// </summary>
public sealed class TeamsHostFixture : IAsyncLifetime
{
    public AuthHost Auth { get; private set; } = null!;

    public FakeConnector Connector { get; private set; } = null!;

    public LocalTokenEndpoint Tokens { get; private set; } = null!;

    public TeamsConversation Personal() => new(Auth, Connector);

    public TeamsConversation Group(string type = "groupChat") => new(Auth, Connector, type);

    public async Task InitializeAsync()
    {
        Connector = await FakeConnector.StartAsync();
        Tokens = await LocalTokenEndpoint.StartAsync();
        Auth = await AuthHost.StartAsync(
            new Dictionary<string, string?> { ["MicrosoftAppType"] = "MultiTenant", ["ToChannelFromBotLoginUrl"] = $"{Tokens.BaseUrl}/botframework.com" },
            services => services.AddHttpClient(MsalHttpClients.HttpClientName).ConfigurePrimaryHttpMessageHandler(Tokens.TrustingHandler));
    }

    public async Task DisposeAsync()
    {
        await Auth.DisposeAsync();
        await Tokens.DisposeAsync();
        await Connector.DisposeAsync();
    }
}
