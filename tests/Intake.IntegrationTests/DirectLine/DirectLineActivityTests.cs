using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Intake.IntegrationTests.Infrastructure;

namespace Intake.IntegrationTests.DirectLine;

/// <summary>Posting and polling: the echo Web Chat waits for, watermarks, and every way a post is refused.</summary>
public sealed class DirectLineActivityTests : IAsyncLifetime
{
    private IntakeHost _host = null!;
    private DirectLineClient _client = null!;

    public Task InitializeAsync()
    {
        _host = IntakeHost.Start(new Dictionary<string, string?> { ["DirectLine:PostBurst"] = "40", ["DirectLine:MaxActivitiesPerConversation"] = "12" });
        _client = new DirectLineClient(_host.Client);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Post_Message_IsEchoedWithTheServerIdAndClientActivityIdThenAnswered()
    {
        var (token, conversationId, _) = await _client.StartAsync();
        var (_, watermark) = await _client.ActivitiesAsync(conversationId, token);

        var id = await _client.SayAsync(conversationId, token, "yes", "client-1");
        var (activities, next) = await _client.ActivitiesAsync(conversationId, token, watermark);

        var echo = activities[0];
        Assert.Equal(id, echo.GetProperty("id").GetString());
        Assert.StartsWith(conversationId + "|", id, StringComparison.Ordinal);
        Assert.Equal("client-1", echo.GetProperty("channelData").GetProperty("clientActivityID").GetString());
        Assert.Equal("user", echo.GetProperty("from").GetProperty("role").GetString());
        Assert.StartsWith("dl_", echo.GetProperty("from").GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.Equal("emergency", activities[^1].GetProperty("channelData").GetProperty("intake").GetProperty("step").GetString());
        Assert.True(long.Parse(next, System.Globalization.CultureInfo.InvariantCulture) > long.Parse(watermark, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Get_FromTheLastWatermark_GivesNothingTwice()
    {
        var (token, conversationId, _) = await _client.StartAsync();
        var (first, watermark) = await _client.ActivitiesAsync(conversationId, token);

        var (again, same) = await _client.ActivitiesAsync(conversationId, token, watermark);
        await _client.SayAsync(conversationId, token, "yes");
        var (after, _) = await _client.ActivitiesAsync(conversationId, token, watermark);

        Assert.Empty(again);
        Assert.Equal(watermark, same);
        Assert.DoesNotContain(after, a => first.Any(f => f.GetProperty("id").GetString() == a.GetProperty("id").GetString()));
        var sequence = after.Select(a => a.GetProperty("channelData").GetProperty("webchat:sequence-id").GetInt64()).ToList();
        Assert.Equal(sequence.Order(), sequence);
    }

    [Fact]
    public async Task Get_WatermarkNotANumber_Is400()
    {
        var (token, conversationId, _) = await _client.StartAsync();

        using var response = await _client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities?watermark=abc", token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_NotJson_Is415AndMalformedIs400AndHugeIs413()
    {
        var (token, conversationId, _) = await _client.StartAsync();

        using var notJson = await PostRawAsync(conversationId, token, "hello", "text/plain");
        using var malformed = await PostRawAsync(conversationId, token, "{\"type\":", "application/json");
        using var noType = await PostRawAsync(conversationId, token, "{\"text\":\"hi\"}", "application/json");
        using var huge = await PostRawAsync(conversationId, token, JsonSerializer.Serialize(new { type = "message", text = new string('a', 70_000) }), "application/json");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, notJson.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noType.StatusCode);
        Assert.Contains("type", (await noType.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
    }

    [Fact]
    public async Task Upload_AnyFile_Is415SayingToDescribeItInWords()
    {
        var (token, conversationId, _) = await _client.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/upload?userId=u") { Content = new ByteArrayContent([1, 2, 3]) };
        request.Headers.Authorization = new("Bearer", token);

        using var response = await _host.Client.SendAsync(request);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("in words", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_Flood_Is429WithRetryAfter()
    {
        var (token, conversationId, _) = await _client.StartAsync();

        HttpStatusCode last = HttpStatusCode.OK;
        TimeSpan? retryAfter = null;
        for (var i = 0; i < 60 && last != HttpStatusCode.TooManyRequests; i++)
        {
            using var response = await _client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, DirectLineClient.Message("help"));
            last = response.StatusCode;
            retryAfter = response.Headers.RetryAfter?.Delta;
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, last);
        Assert.True(retryAfter >= TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task Log_LongConversation_KeepsOnlyTheNewestActivities()
    {
        var (token, conversationId, _) = await _client.StartAsync();

        for (var i = 0; i < 10; i++)
        {
            await _client.SayAsync(conversationId, token, "help");
        }

        var (activities, watermark) = await _client.ActivitiesAsync(conversationId, token);
        Assert.Equal(12, activities.Length);
        Assert.Equal(watermark, activities[^1].GetProperty("channelData").GetProperty("webchat:sequence-id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private async Task<HttpResponseMessage> PostRawAsync(string conversationId, string token, string body, string contentType)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities") { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = new(contentType);
        request.Headers.Authorization = new("Bearer", token);
        return await _host.Client.SendAsync(request);
    }
}
