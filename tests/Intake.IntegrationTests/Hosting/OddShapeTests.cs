using System.Net;
using System.Net.Http.Json;
using System.Text;
using Intake.IntegrationTests.Infrastructure;
using Intake.Schema;

namespace Intake.IntegrationTests.Hosting;

/// <summary>Shapes the schema carries but a careless reader would trip on, sent to the real intake: refused or ignored, never a failed turn.</summary>
public sealed class OddShapeTests : IAsyncLifetime
{
    private IntakeHost _host = null!;

    public static TheoryData<string> Fields() => new()
    {
        "\"value\":5",
        "\"value\":[]",
        "\"value\":\"yes\"",
        "\"value\":null",
        "\"value\":{\"choice\":5}",
        "\"value\":{\"choice\":[1,null,{},\"yes\"]}",
        "\"value\":{\"choices\":{}}",
        "\"value\":{\"command\":{}}",
        "\"value\":{\"command\":7}",
        "\"value\":{\"msteams\":\"x\"}",
        "\"value\":{\"msteams\":{\"text\":5,\"value\":[],\"displayText\":{}}}",
        "\"channelData\":\"x\"",
        "\"channelData\":[1,2]",
        "\"channelData\":{\"intake\":5}",
        "\"entities\":[{}]",
        "\"attachments\":[{}]",
    };

    public Task InitializeAsync()
    {
        _host = IntakeHost.Start();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [MemberData(nameof(Fields))]
    public async Task Message_OddlyTypedField_AnsweredWithoutAnApology(string field)
    {
        var client = new BotClient(_host.Client);
        await client.JoinAsync();
        var body = $$"""{"type":"message","id":"odd-1","channelId":"emulator","conversation":{"id":"{{client.ConversationId}}"},"from":{"id":"{{client.User.Id}}"},"recipient":{"id":"bot-1"},"deliveryMode":"expectReplies","locale":"en-US",{{field}}}""";
        using var content = new StringContent(body, Encoding.UTF8, "application/json");

        using var response = await _host.Client.PostAsync("/api/messages", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = await response.Content.ReadFromJsonAsync(SchemaJsonContext.Default.ExpectedReplies);
        Assert.DoesNotContain(replies!.Activities, r => r.Text?.Contains("went wrong", StringComparison.Ordinal) == true);
    }

    [Theory]
    [InlineData("[{}]")]
    [InlineData("[{\"id\":null},{\"id\":5}]")]
    public async Task ConversationUpdate_MembersWithoutIds_AnsweredWithoutAnApology(string members)
    {
        var body = $$"""{"type":"conversationUpdate","id":"odd-2","channelId":"emulator","conversation":{"id":"odd-{{Guid.NewGuid():N}}"},"from":{"id":"u"},"recipient":{"id":"bot-1"},"deliveryMode":"expectReplies","membersAdded":{{members}}}""";
        using var content = new StringContent(body, Encoding.UTF8, "application/json");

        using var response = await _host.Client.PostAsync("/api/messages", content);

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{response.StatusCode}");
        Assert.DoesNotContain("went wrong", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
