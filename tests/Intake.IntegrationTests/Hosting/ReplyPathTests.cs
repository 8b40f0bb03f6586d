using System.Net;
using System.Net.Http.Json;
using Intake.Bots.Turns;
using Intake.IntegrationTests.Infrastructure;
using Intake.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.IntegrationTests.Hosting;

/// <summary>Where replies may go (Bot:ServiceUrls): a Production host and a Development one, the probe bot, a fake connector on loopback.</summary>
public sealed class ReplyPathTests : IAsyncLifetime
{
    private readonly ProbeBot _bot = new();
    private IntakeHost _production = null!;
    private IntakeHost _development = null!;
    private FakeConnector _connector = null!;

    public static TheoryData<string> RefusedInProduction() => new()
    {
        "http://localhost:3979",
        "http://127.0.0.1:9",
        "http://2130706433/",
        "http://0x7f000001/",
        "http://127.1/",
        "http://[::1]:9/",
        "https://evil.example.com/",
        "https://smba.trafficmanager.net.evil.example.com/amer/",
        "http://smba.trafficmanager.net/amer/",
        "https://smba.trafficmanager.net:8443/amer/",
        "https://user:pw@smba.trafficmanager.net/amer/",
        "https://smba.trafficmanager.net/amer/?to=https://evil.example.com",
        "https://smba.trafficmanager.net/amer/#x",
        "ftp://smba.trafficmanager.net/",
    };

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _production = IntakeHost.Start(
            new Dictionary<string, string?> { ["AllowUnauthenticated"] = "true", ["Bot:ServiceUrls:0"] = "https://bridge.example.org", ["Bot:ServiceUrls:1"] = "https://*.botframework.us", ["Bot:ServiceUrls:2"] = "http://127.0.0.2:*" },
            services => services.AddSingleton<IBot>(_bot),
            environment: "Production");
        _development = IntakeHost.Start(services: services => services.AddSingleton<IBot>(_bot));
    }

    public async Task DisposeAsync()
    {
        await _production.DisposeAsync();
        await _development.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Theory]
    [MemberData(nameof(RefusedInProduction))]
    public async Task Production_ServiceUrlOutsideThePolicy_Answers400BeforeAnyTurn(string serviceUrl)
    {
        var client = new BotClient(_production.Client);

        using var response = await _production.Client.PostAsJsonAsync("/api/messages", client.Build(ActivityTypes.Message) with { Text = "hi", ServiceUrl = serviceUrl }, SchemaJsonContext.Default.Activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("serviceUrl", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var next = await _production.Client.PostAsJsonAsync("/api/messages", client.Build(ActivityTypes.Message) with { Text = "hi", ServiceUrl = "https://smba.trafficmanager.net/amer/" }, SchemaJsonContext.Default.Activity);
        var replies = await next.Content.ReadFromJsonAsync(SchemaJsonContext.Default.ExpectedReplies);
        Assert.Equal("count 1", Assert.Single(replies!.Activities).Text);
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/")]
    [InlineData("https://SMBA.trafficmanager.net:443/emea/")]
    [InlineData("https://directline.botframework.com/")]
    [InlineData("https://europe.directline.botframework.com/")]
    [InlineData("https://bridge.example.org/bridge/")]
    [InlineData("https://api.botframework.us/")]
    [InlineData("http://127.0.0.2:4242/")]
    public async Task Production_BotFrameworkOrConfiguredHost_IsATurn(string serviceUrl)
    {
        var client = new BotClient(_production.Client);

        var replies = await client.SendAsync(client.Build(ActivityTypes.Message) with { Text = "hi", ServiceUrl = serviceUrl });

        Assert.Equal("count 1", Assert.Single(replies).Text);
    }

    [Fact]
    public async Task Development_EmulatorLoopbackServiceUrl_RepliesDelivered()
    {
        var client = new BotClient(_development.Client);
        var inbound = client.Build(ActivityTypes.Message) with { Text = "hi", DeliveryMode = null, ServiceUrl = _connector.ServiceUrl.ToUpperInvariant() };

        using var response = await _development.Client.PostAsJsonAsync("/api/messages", inbound, SchemaJsonContext.Default.Activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(_connector.Calls, c => c.ConversationId == client.ConversationId && c.Activity?.Text == "count 1");
    }

    [Fact]
    public async Task Development_PublicHostNotListed_Answers400()
    {
        var client = new BotClient(_development.Client);

        using var response = await _development.Client.PostAsJsonAsync("/api/messages", client.Build(ActivityTypes.Message) with { Text = "hi", ServiceUrl = "https://evil.example.com/" }, SchemaJsonContext.Default.Activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("https://user:pw@bridge.example.org")]
    [InlineData("https://bridge.example.org/?x=1")]
    [InlineData("ftp://bridge.example.org")]
    public void Start_ServiceUrlsEntryNotAnOrigin_RefusedNamingTheSetting(string entry)
    {
        var refusal = Assert.ThrowsAny<Exception>(() => IntakeHost.Start(new Dictionary<string, string?> { ["Bot:ServiceUrls:0"] = entry }));

        Assert.Contains("Bot:ServiceUrls", Web.StartupRefusal.Describe(refusal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NormalDelivery_HttpsToAPlainHttpConnector_Answers502()
    {
        var client = new BotClient(_development.Client);
        var inbound = client.Build(ActivityTypes.Message) with { Text = "hi", DeliveryMode = null, ServiceUrl = _connector.ServiceUrl.Replace("http://", "https://", StringComparison.Ordinal) };

        using var response = await _development.Client.PostAsJsonAsync("/api/messages", inbound, SchemaJsonContext.Default.Activity);

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Contains("could not be reached", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(HttpStatusCode.TemporaryRedirect)]
    [InlineData(HttpStatusCode.Found)]
    public async Task NormalDelivery_ConnectorRedirects_NotFollowedAnswers502(HttpStatusCode redirect)
    {
        var client = new BotClient(_development.Client);
        var inbound = client.Build(ActivityTypes.Message) with { Text = "hi", DeliveryMode = null, ServiceUrl = _connector.ServiceUrl };
        _connector.FailNext(1, redirect);

        using var response = await _development.Client.PostAsJsonAsync("/api/messages", inbound, SchemaJsonContext.Default.Activity);

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Single(_connector.Calls, c => c.ConversationId == client.ConversationId);
    }

    [Fact]
    public async Task NormalDelivery_ConnectorKeepsAnswering503_TriedThreeTimesThen502()
    {
        var client = new BotClient(_development.Client);
        var inbound = client.Build(ActivityTypes.Message) with { Text = "hi", DeliveryMode = null, ServiceUrl = _connector.ServiceUrl };
        _connector.FailNext(10, HttpStatusCode.ServiceUnavailable);

        using var response = await _development.Client.PostAsJsonAsync("/api/messages", inbound, SchemaJsonContext.Default.Activity);

        _connector.FailNext(0, HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Equal(3, _connector.Calls.Count(c => c.ConversationId == client.ConversationId));
    }
}
