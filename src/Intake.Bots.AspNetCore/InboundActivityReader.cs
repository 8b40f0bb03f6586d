using System.Buffers;
using System.Text.Json;
using Intake.Schema;
using Microsoft.AspNetCore.Http;

namespace Intake.Bots.AspNetCore;

/// <summary>
/// Reads the body of a channel request once into an <see cref="Activity"/> and checks what a turn
/// needs. Anything wrong is a 4xx with a sentence saying what: never a turn, never a 5xx.
/// </summary>
internal static class InboundActivityReader
{
    /// <summary>Reads an activity for <c>/api/messages</c>: well formed, and addressed (a conversation, and a <c>serviceUrl</c> unless expectReplies).</summary>
    public static async Task<(Activity? Activity, InboundProblem? Problem)> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        var (activity, problem) = await ReadWellFormedAsync(request, maxBytes, cancellationToken);
        return problem is null ? CheckAddress(activity!) : (null, problem);
    }

    /// <summary>
    /// Reads a well-formed activity with a <c>type</c>, the checks every edge shares; an edge that addresses
    /// the activity itself (the embedded Direct Line) needs no more.
    /// </summary>
    public static async Task<(Activity? Activity, InboundProblem? Problem)> ReadWellFormedAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (!IsJson(request.ContentType))
        {
            return (null, Problem(StatusCodes.Status415UnsupportedMediaType, "Unsupported content type", "Send the activity as application/json."));
        }

        if (request.ContentLength > maxBytes)
        {
            return (null, TooLarge(maxBytes));
        }

        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(request.ContentLength ?? 4096, maxBytes) + 1);
        try
        {
            var length = 0;
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (length > maxBytes)
                    {
                        return (null, TooLarge(maxBytes));
                    }

                    var larger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, maxBytes + 1));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken);
                if (read == 0)
                {
                    break;
                }

                length += read;
                if (length > maxBytes)
                {
                    return (null, TooLarge(maxBytes));
                }
            }

            return Parse(buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static (Activity?, InboundProblem?) Parse(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty)
        {
            return (null, BadRequest("The request has no body: send one activity as JSON."));
        }

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize(body, SchemaJsonContext.Default.Activity);
        }
        catch (JsonException ex)
        {
            // The parser's message names the path, line and byte; it quotes no content.
            return (null, BadRequest($"The body is not a valid activity: {ex.Message}"));
        }

        if (activity is null)
        {
            return (null, BadRequest("The body is null: send one activity as a JSON object."));
        }

        if ((InboundShapeCheck.FindInvalidText(body) ?? InboundShapeCheck.FindNullMember(activity) ?? InboundShapeCheck.FindControlInIds(activity)) is { } unusable)
        {
            return (null, BadRequest(unusable));
        }

        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return (null, BadRequest("The activity has no 'type'."));
        }

        // callerId is never taken from the wire (spec A2251).
        return (activity with { ExtensionData = WithoutCallerId(activity.ExtensionData) }, null);
    }

    private static (Activity?, InboundProblem?) CheckAddress(Activity activity)
    {
        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            return (null, BadRequest("The activity has no 'conversation.id'."));
        }

        var expectReplies = string.Equals(activity.DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.Ordinal);
        if (!expectReplies && string.IsNullOrWhiteSpace(activity.ServiceUrl))
        {
            return (null, BadRequest("The activity has no 'serviceUrl', so replies could not be delivered (or set deliveryMode to 'expectReplies')."));
        }

        if (activity.ServiceUrl is { Length: > 0 } serviceUrl
            && (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)))
        {
            return (null, BadRequest("The activity's 'serviceUrl' is not an absolute http(s) URL."));
        }

        return (activity, null);
    }

    private static Dictionary<string, JsonElement>? WithoutCallerId(Dictionary<string, JsonElement>? extensionData)
    {
        extensionData?.Remove("callerId");
        return extensionData;
    }

    private static bool IsJson(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
        {
            return false;
        }

        var mediaType = contentType.AsSpan();
        var semicolon = mediaType.IndexOf(';');
        mediaType = (semicolon >= 0 ? mediaType[..semicolon] : mediaType).Trim();
        return mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase);
    }

    private static InboundProblem TooLarge(int maxBytes)
        => new(StatusCodes.Status413PayloadTooLarge, "Activity too large", $"An activity may be at most {maxBytes} bytes.");

    private static InboundProblem BadRequest(string detail) => new(StatusCodes.Status400BadRequest, "Bad activity", detail);

    private static InboundProblem Problem(int status, string title, string detail) => new(status, title, detail);
}
