using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Intake.Benchmarks.Driving;

/// <summary>
/// Plays <see cref="IntakeScript"/> as the clinic's page does, over the embedded Direct Line: a token from
/// <c>/api/directline/token</c>, the conversation started (the join: timed until the consent question arrives on the
/// stream), then each message POSTed and timed until the bot's next question (or result) for it arrives on the
/// WebSocket. Every answer must move the intake to the step the script expects.
/// </summary>
internal sealed class DirectLineDriver(HttpClient http, Uri target) : ILoadDriver
{
    public async Task<LoadResult> RunAsync(string runId, int conversations, int concurrency)
    {
        var next = -1;
        var errors = new ErrorTally();
        var latencies = new List<long>[concurrency];
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(worker => Task.Run(async () =>
        {
            var mine = latencies[worker] = new List<long>((conversations / concurrency * IntakeScript.Turns.Count) + 16);
            while (Interlocked.Increment(ref next) < conversations)
            {
                try
                {
                    await PlayAsync(mine, errors);
                }
                catch (Exception ex) when (ex is HttpRequestException or WebSocketException or OperationCanceledException or JsonException)
                {
                    errors.Add($"direct line: {ex.GetType().Name}");
                }
            }
        }));
        await Task.WhenAll(workers);
        clock.Stop();
        var all = latencies.SelectMany(l => l).ToArray();
        Array.Sort(all);
        return new LoadResult(conversations, all.Length, clock.Elapsed, all, errors, [], []);
    }

    private async Task PlayAsync(List<long> latencies, ErrorTally errors)
    {
        using var tokenResponse = await http.PostAsync(new Uri(target, "/api/directline/token"), Json("""{"locale":"en-US"}"""));
        var page = JsonDocument.Parse(await tokenResponse.Content.ReadAsByteArrayAsync()).RootElement;
        var token = page.GetProperty("token").GetString()!;
        var conversationId = page.GetProperty("conversationId").GetString()!;
        var activities = new Uri(target, $"/v3/directline/conversations/{conversationId}/activities");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var turns = IntakeScript.Turns;

        var start = Stopwatch.GetTimestamp();
        using var started = await SendAsync(new Uri(target, "/v3/directline/conversations"), token, """{"locale":"en-US"}""");
        var streamUrl = JsonDocument.Parse(await started.Content.ReadAsByteArrayAsync()).RootElement.GetProperty("streamUrl").GetString()!;
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(streamUrl), timeout.Token);
        var stream = new ActivityStream(socket);
        var problem = await stream.WaitForQuestionAsync(replyTo: null, turns[0], timeout.Token);
        latencies.Add(Stopwatch.GetTimestamp() - start);
        for (var i = 1; problem is null && i < turns.Count; i++)
        {
            start = Stopwatch.GetTimestamp();
            using var posted = await SendAsync(activities, token, JsonSerializer.Serialize(new { type = "message", text = turns[i].Text, from = new { id = "patient", role = "user" }, locale = "en-US", channelData = new { clientActivityID = $"c{i}" } }));
            var id = JsonDocument.Parse(await posted.Content.ReadAsByteArrayAsync()).RootElement.GetProperty("id").GetString();
            problem = await stream.WaitForQuestionAsync(id, turns[i], timeout.Token);
            latencies.Add(Stopwatch.GetTimestamp() - start);
        }

        if (problem is not null)
        {
            errors.Add(problem);
        }

        await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
    }

    private async Task<HttpResponseMessage> SendAsync(Uri uri, string token, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = Json(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return response;
    }

    private static ByteArrayContent Json(string body)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    /// <summary>The stream's activity sets, read until the bot's question (or result) for one turn arrives.</summary>
    private sealed class ActivityStream(ClientWebSocket socket)
    {
        private readonly byte[] _buffer = new byte[256 * 1024];

        public async Task<string?> WaitForQuestionAsync(string? replyTo, ScriptTurn turn, CancellationToken cancellationToken)
        {
            var (property, expected) = turn.ExpectCareLevel is { } level ? ("careLevel", level) : ("step", turn.ExpectStep!);
            while (true)
            {
                var length = 0;
                ValueWebSocketReceiveResult received;
                do
                {
                    received = await socket.ReceiveAsync(_buffer.AsMemory(length), cancellationToken);
                    length += received.Count;
                }
                while (!received.EndOfMessage);

                if (received.MessageType == WebSocketMessageType.Close)
                {
                    return "direct line: the stream closed";
                }

                if (length == 0)
                {
                    continue;
                }

                using var set = JsonDocument.Parse(_buffer.AsMemory(0, length));
                foreach (var activity in set.RootElement.GetProperty("activities").EnumerateArray())
                {
                    var fromBot = activity.GetProperty("from").TryGetProperty("role", out var role) && role.ValueEquals("bot");
                    var answers = replyTo is null || (activity.TryGetProperty("replyToId", out var to) && to.ValueEquals(replyTo));
                    if (fromBot && answers && activity.TryGetProperty("channelData", out var data) && data.TryGetProperty("intake", out var intake) && intake.TryGetProperty(property, out var value))
                    {
                        return value.ValueEquals(expected) ? null : $"expected intake {property} '{expected}', got '{value.GetString()}'";
                    }
                }
            }
        }
    }
}
