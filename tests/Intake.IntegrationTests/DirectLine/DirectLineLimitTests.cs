using System.Net;
using Intake.IntegrationTests.Infrastructure;

namespace Intake.IntegrationTests.DirectLine;

/// <summary>What keeps the embedded Direct Line's memory bounded: idle conversations forgotten, a ceiling on conversations, start budgets.</summary>
public sealed class DirectLineLimitTests
{
    private const string Secret = "integration-test-directline-secret";

    [Fact]
    public async Task IdleConversation_AfterTheIdleTimeout_IsForgotten()
    {
        await using var host = IntakeHost.Start(new Dictionary<string, string?> { ["DirectLine:Secret"] = Secret, ["DirectLine:IdleTimeout"] = "00:00:01" });
        var client = new DirectLineClient(host.Client);
        var (_, conversationId, _) = await client.StartAsync();
        using var before = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities", Secret);

        await Task.Delay(TimeSpan.FromSeconds(2.5));
        using var after = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities", Secret);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
    }

    [Fact]
    public async Task Start_BeyondMaxConversations_Is503WithRetryAfter()
    {
        await using var host = IntakeHost.Start(new Dictionary<string, string?> { ["DirectLine:MaxConversations"] = "1" });
        var client = new DirectLineClient(host.Client);
        await client.StartAsync();
        var token = (await client.PageTokenAsync()).GetProperty("token").GetString();

        using var response = await client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", token);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
    }

    [Fact]
    public async Task PageToken_FloodFromOneClient_Is429WithRetryAfter()
    {
        await using var host = IntakeHost.Start(new Dictionary<string, string?> { ["DirectLine:StartBurst"] = "3", ["DirectLine:StartsPerSecond"] = "0.1" });
        var statuses = new List<HttpStatusCode>();
        TimeSpan? retryAfter = null;

        for (var i = 0; i < 4; i++)
        {
            using var response = await host.Client.PostAsync("/api/directline/token", null);
            statuses.Add(response.StatusCode);
            retryAfter ??= response.Headers.RetryAfter?.Delta;
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.True(retryAfter >= TimeSpan.FromSeconds(1));
    }
}
