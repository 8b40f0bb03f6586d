using System.Net;
using System.Text;

namespace Intake.IntegrationTests.Hosting;

public sealed class HttpHygieneTests(ProtocolHostFixture fixture) : IClassFixture<ProtocolHostFixture>
{
    private const string Activity = """{"type":"message","id":"h1","channelId":"emulator","conversation":{"id":"hygiene"},"from":{"id":"u"},"recipient":{"id":"b"},"deliveryMode":"expectReplies","text":"hi"}""";

    public static TheoryData<string, string?, HttpStatusCode> Requests() => new()
    {
        { "/healthz", null, HttpStatusCode.OK },
        { "/readyz", null, HttpStatusCode.OK },
        { "/api/messages", Activity, HttpStatusCode.OK },
        { "/api/messages", "{", HttpStatusCode.BadRequest },
        { "/nowhere", null, HttpStatusCode.NotFound },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task Response_AnyEndpoint_NotCachedNotSniffedNoServerName(string path, string? body, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(body is null ? HttpMethod.Get : HttpMethod.Post, path);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        using var response = await fixture.Host.Client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore, "Cache-Control: no-store");
        Assert.Equal(["nosniff"], response.Headers.GetValues("X-Content-Type-Options"));
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task Request_TooManyHeaders_RefusedBeforeAnyTurn()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(Activity, Encoding.UTF8, "application/json") };
        for (var i = 0; i < 100; i++)
        {
            request.Headers.Add($"X-Padding-{i}", "x");
        }

        using var response = await fixture.Host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, response.StatusCode);
    }
}
