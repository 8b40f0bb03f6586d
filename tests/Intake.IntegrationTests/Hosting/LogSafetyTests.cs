using System.Net;
using System.Net.Http.Json;
using Intake.IntegrationTests.Infrastructure;
using Intake.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Intake.IntegrationTests.Hosting;

/// <summary>Logs an operator can trust: no input forges a line or floods one, and a failure is one line (the real host, appsettings.json's levels).</summary>
public sealed class LogSafetyTests : IAsyncLifetime
{
    private readonly CapturingLoggerProvider _logs = new();
    private IntakeHost _host = null!;
    private FakeConnector _connector = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _host = IntakeHost.Start(services: services => services.AddSingleton<ILoggerProvider>(_logs));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task ConversationIdWithCrLf_Refused_NoLineCarriesIt()
    {
        var marker = "forge-" + Guid.NewGuid().ToString("N");
        var client = new BotClient(_host.Client);
        var inbound = client.Build(ActivityTypes.Message) with
        {
            Text = "hi",
            Conversation = new ConversationAccount { Id = marker + "\r\n2026-12-01T00:00:00Z info: Intake.Bots[1001] FORGED turn ended" },
        };

        using var response = await _host.Client.PostAsJsonAsync("/api/messages", inbound, SchemaJsonContext.Default.Activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("control character", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(_logs.Lines, l => l.Contains("FORGED", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ActivityTypeWithCrLf_Logged_CannotStartAForgedLine()
    {
        var marker = "forge-" + Guid.NewGuid().ToString("N");
        var client = new BotClient(_host.Client);
        var inbound = client.Build(marker + "\r\n2026-12-01T00:00:00Z info: Intake.Bots[1001] FORGED turn ended");

        using var response = await _host.Client.PostAsJsonAsync("/api/messages", inbound, SchemaJsonContext.Default.Activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lines = _logs.Lines.Where(l => l.Contains(marker, StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.DoesNotContain("\n2026-12-01T00:00:00Z", l, StringComparison.Ordinal));
        Assert.All(lines, l => Assert.DoesNotContain('\r', l));
        Assert.Contains(lines, l => l.Contains(marker + "\\r\\n2026-12-01", StringComparison.Ordinal));
    }

    [Fact]
    public async Task HugeConversationId_Logged_CutToTheCap()
    {
        var client = new BotClient(_host.Client);
        var inbound = client.Build(ActivityTypes.Message) with { Text = "hi", Conversation = new ConversationAccount { Id = new string('z', 100_000) } };

        using var response = await _host.Client.PostAsJsonAsync("/api/messages", inbound, SchemaJsonContext.Default.Activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(_logs.Lines, l => l.Contains(new string('z', 100), StringComparison.Ordinal));
        Assert.DoesNotContain(_logs.Lines, l => l.Contains(new string('z', Bots.Logging.WireValue.MaxLength), StringComparison.Ordinal));
    }

    [Fact]
    public async Task ConnectorKeepsFailing_Answers502_LogsOneLine()
    {
        var client = new BotClient(_host.Client);
        var inbound = client.Build(ActivityTypes.Message) with { Text = "hi", DeliveryMode = null, ServiceUrl = _connector.ServiceUrl };
        _connector.FailNext(10, HttpStatusCode.InternalServerError);

        using var response = await _host.Client.PostAsJsonAsync("/api/messages", inbound, SchemaJsonContext.Default.Activity);

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        var line = Assert.Single(_logs.Lines, l => l.Contains(client.ConversationId, StringComparison.Ordinal));
        Assert.Contains("answered 500", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NormalDelivery_Succeeds_HttpClientWritesNoLine()
    {
        var client = new BotClient(_host.Client);
        var inbound = client.Build(ActivityTypes.Message) with { Text = "hi", DeliveryMode = null, ServiceUrl = _connector.ServiceUrl };

        using var response = await _host.Client.PostAsJsonAsync("/api/messages", inbound, SchemaJsonContext.Default.Activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(_connector.Calls);
        Assert.DoesNotContain(_logs.Lines, l => l.StartsWith("System.Net.Http", StringComparison.Ordinal));
    }
}
