using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Intake.IntegrationTests.Infrastructure;

namespace Intake.IntegrationTests.DirectLine;

/// <summary>The streamUrl WebSocket: the same activity sets and watermarks as polling, live, and from a watermark after a reconnect.</summary>
public sealed class DirectLineStreamTests : IAsyncLifetime
{
    private IntakeHost _host = null!;
    private DirectLineClient _client = null!;

    public Task InitializeAsync()
    {
        _host = IntakeHost.Start();
        _client = new DirectLineClient(_host.Client);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Stream_Connect_SendsTheLogThenEachNewSetLive()
    {
        var (token, conversationId, started) = await _client.StartAsync();
        using var socket = await ConnectAsync(started.GetProperty("streamUrl").GetString()!);

        var (history, watermark) = await ReceiveSetAsync(socket);
        var id = await _client.SayAsync(conversationId, token, "yes", "from-socket-test");
        var live = await ReceiveUntilAsync(socket, a => a.Any(x => x.GetProperty("from").GetProperty("role").GetString() == "bot"));

        Assert.Equal("consent", history[^1].GetProperty("channelData").GetProperty("intake").GetProperty("step").GetString());
        Assert.Equal("2", watermark);
        Assert.Equal(id, live[0].GetProperty("id").GetString());
        Assert.Equal("from-socket-test", live[0].GetProperty("channelData").GetProperty("clientActivityID").GetString());
    }

    [Fact]
    public async Task Stream_ReconnectFromWatermark_SendsOnlyWhatCameAfter()
    {
        var (token, conversationId, started) = await _client.StartAsync();
        string watermark;
        using (var first = await ConnectAsync(started.GetProperty("streamUrl").GetString()!))
        {
            (_, watermark) = await ReceiveSetAsync(first);
            await first.CloseAsync(WebSocketCloseStatus.NormalClosure, "network drop", CancellationToken.None);
        }

        await _client.SayAsync(conversationId, token, "yes");
        using var reconnect = await _client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}?watermark={watermark}", token);
        var streamUrl = JsonDocument.Parse(await reconnect.Content.ReadAsStringAsync()).RootElement.GetProperty("streamUrl").GetString()!;
        using var second = await ConnectAsync(streamUrl);
        var (missed, _) = await ReceiveSetAsync(second);
        var polled = (await _client.ActivitiesAsync(conversationId, token, watermark)).Activities;

        Assert.Equal(polled.Select(a => a.GetProperty("id").GetString()), missed.Select(a => a.GetProperty("id").GetString()));
        Assert.Equal("user", missed[0].GetProperty("from").GetProperty("role").GetString());
    }

    [Fact]
    public async Task Stream_ASecondSocket_ClosesTheFirstAsACollision()
    {
        var (_, _, started) = await _client.StartAsync();
        var url = started.GetProperty("streamUrl").GetString()!;
        using var first = await ConnectAsync(url);
        await ReceiveSetAsync(first);

        using var second = await ConnectAsync(url);
        await ReceiveSetAsync(second);
        var closed = await first.ReceiveAsync(new byte[256], new CancellationTokenSource(TimeSpan.FromSeconds(10)).Token);

        Assert.Equal(WebSocketMessageType.Close, closed.MessageType);
        Assert.Equal("collision", first.CloseStatusDescription);
    }

    [Fact]
    public async Task Stream_WithoutAWebSocket_Is400AndWithABadTokenIs401()
    {
        var (token, conversationId, _) = await _client.StartAsync();

        using var plain = await _host.Client.GetAsync($"/v3/directline/conversations/{conversationId}/stream?t={token}");
        using var forged = await _host.Client.GetAsync($"/v3/directline/conversations/{conversationId}/stream?t=forged");

        Assert.Equal(HttpStatusCode.BadRequest, plain.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
    }

    private static async Task<ClientWebSocket> ConnectAsync(string url)
    {
        var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(url), new CancellationTokenSource(TimeSpan.FromSeconds(10)).Token);
        return socket;
    }

    private static async Task<JsonElement[]> ReceiveUntilAsync(ClientWebSocket socket, Func<JsonElement[], bool> done)
    {
        var all = new List<JsonElement>();
        while (true)
        {
            var (set, _) = await ReceiveSetAsync(socket);
            all.AddRange(set);
            if (done([.. all]))
            {
                return [.. all];
            }
        }
    }

    private static async Task<(JsonElement[] Activities, string Watermark)> ReceiveSetAsync(ClientWebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var buffer = new byte[64 * 1024];
        while (true)
        {
            using var message = new MemoryStream();
            WebSocketReceiveResult received;
            do
            {
                received = await socket.ReceiveAsync(buffer, timeout.Token);
                message.Write(buffer, 0, received.Count);
            }
            while (!received.EndOfMessage);

            if (message.Length == 0)
            {
                continue; // a keep-alive
            }

            var set = JsonDocument.Parse(Encoding.UTF8.GetString(message.ToArray())).RootElement.Clone();
            return ([.. set.GetProperty("activities").EnumerateArray()], set.GetProperty("watermark").GetString()!);
        }
    }
}
