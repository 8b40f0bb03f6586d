using System.Net.WebSockets;
using Intake.DirectLine.Conversations;
using Intake.DirectLine.Tokens;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Intake.DirectLine.Endpoints;

/// <summary>
/// <c>GET …/stream?t={token}&amp;watermark=</c>, the WebSocket: first what was logged after the watermark, then each new
/// activity set as it is logged, with the same watermarks polling gives; an empty message as a keep-alive. A newer
/// stream for the same conversation closes this one.
/// </summary>
internal static class StreamEndpoint
{
    public static async Task<IResult> HandleAsync(HttpContext http, string conversationId, TokenIssuer issuer, ConversationRegistry registry, IOptions<DirectLineOptions> options, TimeProvider time, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(StreamEndpoint).FullName!);
        var query = http.Request.Query["t"].ToString();
        var (caller, problem) = query.Length > 0 ? DirectLineCaller.From(query, issuer) : DirectLineCaller.FromHeader(http.Request, issuer);
        DirectLineConversation? conversation = null;
        if (caller is not null)
        {
            (conversation, problem) = caller.Open(conversationId, registry);
        }

        long? watermark = null;
        if (problem is null && !DirectLineUrls.TryReadWatermark(http.Request, out watermark))
        {
            problem = DirectLineProblem.BadArgument("The 'watermark' is not one this host gave (a number).");
        }

        if (problem is null && !http.WebSockets.IsWebSocketRequest)
        {
            problem = DirectLineProblem.BadArgument("The stream is a WebSocket: connect to the streamUrl with a WebSocket client.");
        }

        if (problem is not null)
        {
            return problem.ToResult(http, logger);
        }

        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        await StreamAsync(socket, conversation!, watermark, options.Value.KeepAlive, time, http.RequestAborted);
        return TypedResults.Empty;
    }

    private static async Task StreamAsync(WebSocket socket, DirectLineConversation conversation, long? watermark, TimeSpan keepAlive, TimeProvider time, CancellationToken aborted)
    {
        var replaced = conversation.OpenStream();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(aborted, replaced);
        // Not cancelled by a newer stream: a cancelled receive aborts the socket, and this one should close cleanly.
        var closed = DrainAsync(socket, aborted);
        try
        {
            var first = true;
            while (!stop.IsCancellationRequested)
            {
                var (json, mark, count, changed) = conversation.ReadAfter(watermark);
                if (count > 0 || first)
                {
                    await socket.SendAsync(json, WebSocketMessageType.Text, endOfMessage: true, stop.Token);
                    watermark = mark;
                    first = false;
                }

                // Each wait has its own timer, stopped when something else woke the loop, so waits leave no timers behind.
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(stop.Token);
                var quiet = Task.Delay(keepAlive, time, wait.Token);
                var woke = await Task.WhenAny(changed, quiet, closed);
                await wait.CancelAsync();
                if (woke == closed)
                {
                    break;
                }

                if (woke == quiet && !stop.IsCancellationRequested)
                {
                    await socket.SendAsync(ReadOnlyMemory<byte>.Empty, WebSocketMessageType.Text, endOfMessage: true, stop.Token);
                }

                conversation.Touch();
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // The client left, the host is stopping, or a newer stream took over.
        }

        if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            var (status, reason) = replaced.IsCancellationRequested ? (WebSocketCloseStatus.PolicyViolation, "collision") : (WebSocketCloseStatus.NormalClosure, "bye");
            try
            {
                using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await socket.CloseOutputAsync(status, reason, grace.Token);
                await Task.WhenAny(closed, Task.Delay(TimeSpan.FromSeconds(2), time, aborted));
            }
            catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
            {
                // The client is gone already.
            }
        }
    }

    // The client's empty pings are read and ignored; the task ends when it closes or goes away.
    private static async Task DrainAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[1024];
        try
        {
            while (true)
            {
                var received = await socket.ReceiveAsync(buffer, cancellationToken);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // Gone.
        }
    }
}
