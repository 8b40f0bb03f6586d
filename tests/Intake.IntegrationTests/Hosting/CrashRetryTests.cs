using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intake.IntegrationTests.Infrastructure;
using Intake.Schema;

namespace Intake.IntegrationTests.Hosting;

/// <summary>
/// The host dies after the turn's state was saved and before its replies reached the channel; the
/// channel retries the activity on a new host over the same store: the answer is applied once.
/// </summary>
public sealed class CrashRetryTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("intake-crash-").FullName;
    private FakeConnector _connector = null!;

    private Dictionary<string, string> Settings => new()
    {
        ["Storage__Provider"] = "Sqlite",
        ["ConnectionStrings__Sqlite"] = $"Data Source={Path.Combine(_folder, "intake.db")}",
    };

    public async Task InitializeAsync() => _connector = await FakeConnector.StartAsync();

    public async Task DisposeAsync()
    {
        await _connector.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Retry_AfterTheHostDiedBetweenSaveAndReply_IsAppliedOnce()
    {
        var client = new BotClient(new HttpClient());
        var first = await RunningHostProcess.StartAsync(Settings);
        await SendAsync(first, client.Build(ActivityTypes.ConversationUpdate) with { MembersAdded = [client.User, client.Bot] });
        foreach (var text in new[] { "yes", "none of these", "38", "lower back", "a few seconds", "since last week", "no" })
        {
            await SendAsync(first, client.Build(ActivityTypes.Message) with { Text = text });
        }

        Assert.Equal("intensity", LastStep());
        var pain = client.Build(ActivityTypes.Message) with { Text = "3" };
        _connector.OnCall = first.KillAsync;
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => SendAsync(first, pain));
        _connector.OnCall = null;

        await using var second = await RunningHostProcess.StartAsync(Settings);
        var delivered = _connector.Calls.Count;
        await SendAsync(second, pain);
        Assert.Equal(delivered, _connector.Calls.Count);

        // Had the "3" been applied again, it would have answered the symptoms question; the next answer would then land on triggers.
        await SendAsync(second, client.Build(ActivityTypes.Message) with { Text = "tight muscles" });
        Assert.Equal("triggers", LastStep());
    }

    private async Task SendAsync(RunningHostProcess host, Activity activity)
    {
        using var response = await host.Client.PostAsJsonAsync("/api/messages", activity with { DeliveryMode = null, ServiceUrl = _connector.ServiceUrl }, SchemaJsonContext.Default.Activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private string? LastStep()
        => _connector.Calls.Select(c => c.Activity?.ChannelData).LastOrDefault(d => d is { ValueKind: JsonValueKind.Object } data && data.TryGetProperty("intake", out _)) is { } data
            ? data.GetProperty("intake").GetProperty("step").GetString()
            : null;
}
