using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intake.IntegrationTests.Infrastructure;

namespace Intake.IntegrationTests.DirectLine;

/// <summary>Starting, resuming and reconnecting to a conversation; the welcome already there; who may use which conversation.</summary>
public sealed class DirectLineConversationTests : IAsyncLifetime
{
    private const string Secret = "integration-test-directline-secret";
    private IntakeHost _host = null!;
    private DirectLineClient _client = null!;

    public Task InitializeAsync()
    {
        _host = IntakeHost.Start(new Dictionary<string, string?> { ["DirectLine:Secret"] = Secret });
        _client = new DirectLineClient(_host.Client);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Start_NewConversation_Is201WithAStreamUrlAndTheWelcomeAndConsentAlreadyLogged()
    {
        var (token, conversationId, started) = await _client.StartAsync();

        var (activities, watermark) = await _client.ActivitiesAsync(conversationId, token);

        Assert.StartsWith($"ws://{_host.BaseAddress.Authority}/v3/directline/conversations/{conversationId}/stream?t=", started.GetProperty("streamUrl").GetString(), StringComparison.Ordinal);
        Assert.Contains("muscle spasm helper", activities[0].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("consent", activities[^1].GetProperty("channelData").GetProperty("intake").GetProperty("step").GetString());
        Assert.Equal(activities.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), watermark);
    }

    [Fact]
    public async Task Start_SpanishPage_WelcomesInSpanish()
    {
        var (token, conversationId, _) = await _client.StartAsync("es-ES");

        var (activities, _) = await _client.ActivitiesAsync(conversationId, token);

        Assert.StartsWith("¡Hola!", activities[0].GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_SameTokenAgain_Is200AndTheWelcomeIsNotRepeated()
    {
        var (token, conversationId, _) = await _client.StartAsync();
        var before = (await _client.ActivitiesAsync(conversationId, token)).Activities.Length;

        using var again = await _client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", token);
        var after = (await _client.ActivitiesAsync(conversationId, token)).Activities.Length;

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task Start_WithTheSecret_StartsANewConversationWithItsOwnToken()
    {
        using var started = await _client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", Secret);
        var body = await started.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        Assert.NotEqual(Secret, body.GetProperty("token").GetString());
        Assert.NotEmpty((await _client.ActivitiesAsync(body.GetProperty("conversationId").GetString()!, body.GetProperty("token").GetString()!)).Activities);
    }

    [Fact]
    public async Task Start_WithoutCredentials_Is401()
    {
        using var response = await _client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Start_BodyNotJson_Is400WithAReason()
    {
        var token = (await _client.PageTokenAsync()).GetProperty("token").GetString();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations") { Content = new StringContent("{not json", System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new("Bearer", token);

        using var response = await _host.Client.SendAsync(request);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("locale", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reconnect_WithWatermark_GivesAStreamUrlFromThatWatermark()
    {
        var (token, conversationId, _) = await _client.StartAsync();

        using var response = await _client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}?watermark=2", token);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.EndsWith("&watermark=2", body.GetProperty("streamUrl").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reconnect_AnotherConversationsToken_Is403()
    {
        var (_, conversationId, _) = await _client.StartAsync();
        var (otherToken, _, _) = await _client.StartAsync();

        using var reconnect = await _client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}", otherToken);
        using var read = await _client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities", otherToken);
        using var post = await _client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", otherToken, DirectLineClient.Message("hello"));

        Assert.Equal(HttpStatusCode.Forbidden, reconnect.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
    }

    [Fact]
    public async Task Routes_UnknownConversation_Are404()
    {
        using var reconnect = await _client.SendAsync(HttpMethod.Get, "/v3/directline/conversations/nobody-here", Secret);
        using var read = await _client.SendAsync(HttpMethod.Get, "/v3/directline/conversations/nobody-here/activities", Secret);
        using var post = await _client.SendAsync(HttpMethod.Post, "/v3/directline/conversations/nobody-here/activities", Secret, DirectLineClient.Message("hello"));
        using var stream = await _client.SendAsync(HttpMethod.Get, "/v3/directline/conversations/nobody-here/stream", Secret);

        Assert.Equal(HttpStatusCode.NotFound, reconnect.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, stream.StatusCode);
    }
}
