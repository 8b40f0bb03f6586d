using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intake.Dialogs.Records;
using Intake.IntegrationTests.EndToEnd;
using Intake.IntegrationTests.Infrastructure;
using Intake.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.IntegrationTests.Hosting;

/// <summary>A channel's retry of an activity (same channel, conversation and id) is applied once, at every step of the intake.</summary>
public sealed class RetryTests : IAsyncLifetime
{
    private IntakeHost _host = null!;
    private FakeConnector _connector = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _host = IntakeHost.Start();
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task ExpectReplies_EveryActivitySentTwice_SameAnswersAndOneIntake()
    {
        var client = new BotClient(_host.Client);

        foreach (var activity in Script(client))
        {
            var first = await client.SendAsync(activity);
            var retry = await client.SendAsync(activity);

            Assert.Equal(Describe(first), Describe(retry));
        }

        var user = OpaqueUserId.For(client.ChannelId, client.User.Id!);
        var record = Assert.Single(await _host.Services.GetRequiredService<IntakeRecordStore>().ListAsync(user, CancellationToken.None));
        Assert.Equal(["back", "legs"], record.Answers.Locations);
        Assert.Equal(8, record.Answers.Intensity);
    }

    [Fact]
    public async Task NormalDelivery_EveryActivitySentTwice_RepliesDeliveredOnceAndOneIntake()
    {
        var client = new BotClient(_host.Client);

        foreach (var activity in Script(client).Select(a => a with { DeliveryMode = null, ServiceUrl = _connector.ServiceUrl }))
        {
            using var first = await _host.Client.PostAsJsonAsync("/api/messages", activity, SchemaJsonContext.Default.Activity);
            var delivered = _connector.Calls.Count;
            using var retry = await _host.Client.PostAsJsonAsync("/api/messages", activity, SchemaJsonContext.Default.Activity);

            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
            Assert.Equal(delivered, _connector.Calls.Count);
        }

        var user = OpaqueUserId.For(client.ChannelId, client.User.Id!);
        var record = Assert.Single(await _host.Services.GetRequiredService<IntakeRecordStore>().ListAsync(user, CancellationToken.None));
        Assert.Equal(8, record.Answers.Intensity);
        Assert.Contains(_connector.Calls, c => CareLevel(c.Activity) is not null);
    }

    // The intake script, one activity per turn, each with its own id.
    private static List<Activity> Script(BotClient client)
        => [client.Build(ActivityTypes.ConversationUpdate) with { MembersAdded = [client.User, client.Bot] },
            .. IntakeScript.Typed.Append("yes").Select(text => client.Build(ActivityTypes.Message) with { Text = text })];

    private static List<string> Describe(IReadOnlyList<Activity> replies)
        => [.. replies.Select(r => $"{r.Id}|{r.ReplyToId}|{r.Text}|{r.ChannelData?.GetRawText()}|{r.Attachments?.Count}")];

    private static string? CareLevel(Activity? activity)
        => activity?.ChannelData is { ValueKind: JsonValueKind.Object } data
            && data.TryGetProperty("intake", out var intake) && intake.TryGetProperty("careLevel", out var level)
            ? level.GetString()
            : null;
}
