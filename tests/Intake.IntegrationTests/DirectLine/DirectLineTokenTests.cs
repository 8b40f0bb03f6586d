using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Intake.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Intake.IntegrationTests.DirectLine;

/// <summary>The page's token, tokens/generate and tokens/refresh over a real port: who may get one, how long it lives.</summary>
public sealed class DirectLineTokenTests : IAsyncLifetime
{
    private const string Secret = "integration-test-directline-secret";
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);
    private IntakeHost _host = null!;
    private DirectLineClient _client = null!;

    public Task InitializeAsync()
    {
        _host = IntakeHost.Start(new Dictionary<string, string?> { ["DirectLine:Secret"] = Secret }, services => services.AddSingleton<TimeProvider>(_time));
        _client = new DirectLineClient(_host.Client);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task PageToken_Embedded_GivesATokenForANewConversationOnThisHost()
    {
        var first = await _client.PageTokenAsync();
        var second = await _client.PageTokenAsync();

        Assert.Equal(1800, first.GetProperty("expires_in").GetInt32());
        Assert.Equal(new Uri(_host.BaseAddress, "/v3/directline").ToString().TrimEnd('/'), first.GetProperty("domain").GetString());
        Assert.NotEqual(first.GetProperty("conversationId").GetString(), second.GetProperty("conversationId").GetString());
        Assert.DoesNotContain(Secret, first.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate_WithTheSecret_GivesATokenThatStartsItsConversation()
    {
        using var generated = await _client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", Secret);
        var body = await generated.Content.ReadFromJsonAsync<JsonElement>();
        using var started = await _client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", body.GetProperty("token").GetString());
        var conversation = await started.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, generated.StatusCode);
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        Assert.Equal(body.GetProperty("conversationId").GetString(), conversation.GetProperty("conversationId").GetString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-the-secret")]
    [InlineData("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJjb252IjoiYyIsInVzZXIiOiJ1IiwiZXhwIjo5OTk5OTk5OTk5fQ.forged")]
    public async Task Generate_WithoutTheSecret_Is401WithAReason(string? bearer)
    {
        using var response = await _client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", bearer);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Contains("Authorization: Bearer", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate_WithAToken_Is403()
    {
        var token = (await _client.PageTokenAsync()).GetProperty("token").GetString();

        using var response = await _client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Refresh_ValidToken_GivesANewTokenForTheSameConversation()
    {
        var page = await _client.PageTokenAsync();
        _time.Advance(TimeSpan.FromMinutes(20));

        using var refreshed = await _client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", page.GetProperty("token").GetString());
        var body = await refreshed.Content.ReadFromJsonAsync<JsonElement>();
        _time.Advance(TimeSpan.FromMinutes(20));
        using var started = await _client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", body.GetProperty("token").GetString());

        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        Assert.Equal(page.GetProperty("conversationId").GetString(), body.GetProperty("conversationId").GetString());
        Assert.Equal(1800, body.GetProperty("expires_in").GetInt32());
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
    }

    [Fact]
    public async Task Refresh_ExpiredToken_Is403TokenExpired()
    {
        var token = (await _client.PageTokenAsync()).GetProperty("token").GetString();
        _time.Advance(TimeSpan.FromMinutes(31));

        using var response = await _client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", token);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("TokenExpired", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Refresh_TheSecret_Is400()
    {
        using var response = await _client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", Secret);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Start_ExpiredToken_Is403TokenExpired()
    {
        var token = (await _client.PageTokenAsync()).GetProperty("token").GetString();
        _time.Advance(TimeSpan.FromMinutes(31));

        using var response = await _client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
