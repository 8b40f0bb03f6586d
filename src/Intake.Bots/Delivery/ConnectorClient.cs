using System.Net.Http.Json;
using System.Text.Json;
using Intake.Schema;
using Microsoft.Extensions.Logging;

namespace Intake.Bots.Delivery;

/// <summary>
/// The Bot Connector REST API v3 (bot → channel): send, reply, update and delete activities at the
/// conversation's <c>serviceUrl</c>. Retries on 429 and 5xx (honouring <c>Retry-After</c>) and timeouts
/// come from the resilience handler the HttpClient is registered with.
/// </summary>
public sealed class ConnectorClient(HttpClient http, ILogger<ConnectorClient> logger)
{
    /// <summary>The name the connector's HttpClient is registered under.</summary>
    public const string HttpClientName = "Intake.Connector";

    /// <summary>Sends to the conversation, as a reply to <c>replyToId</c> when the activity has one.</summary>
    public Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var uri = ActivitiesUri(activity.ServiceUrl, activity.Conversation?.Id, activity.ReplyToId);
        return CallAsync(HttpMethod.Post, uri, activity, cancellationToken);
    }

    /// <summary>Replaces the activity named by <c>activity.Id</c>.</summary>
    public Task<ResourceResponse> UpdateAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentException.ThrowIfNullOrEmpty(activity.Id);
        var uri = ActivitiesUri(activity.ServiceUrl, activity.Conversation?.Id, activity.Id);
        return CallAsync(HttpMethod.Put, uri, activity, cancellationToken);
    }

    /// <summary>Deletes an activity sent earlier.</summary>
    public async Task DeleteAsync(ConversationReference reference, string activityId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var uri = ActivitiesUri(reference.ServiceUrl, reference.Conversation?.Id, activityId);
        using var request = new HttpRequestMessage(HttpMethod.Delete, uri);
        using var response = await SendAsync(request, reference.Conversation?.Id, cancellationToken);
        EnsureSuccess(response, reference.Conversation?.Id);
    }

    /// <summary>
    /// <c>{serviceUrl}/v3/conversations/{id}/activities[/{activityId}]</c> with exactly one slash before
    /// <c>v3</c> (Teams sends a trailing slash, the Emulator does not) and the ids escaped (Teams ids hold <c>:;@</c>).
    /// </summary>
    public static Uri ActivitiesUri(string? serviceUrl, string? conversationId, string? activityId)
    {
        ArgumentException.ThrowIfNullOrEmpty(serviceUrl);
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        var path = $"{serviceUrl.TrimEnd('/')}/v3/conversations/{Uri.EscapeDataString(conversationId)}/activities";
        return new Uri(string.IsNullOrEmpty(activityId) ? path : $"{path}/{Uri.EscapeDataString(activityId)}");
    }

    private async Task<ResourceResponse> CallAsync(HttpMethod method, Uri uri, Activity activity, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, uri)
        {
            Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(activity, SchemaJsonContext.Default.Activity))
            {
                Headers = { ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json") { CharSet = "utf-8" } },
            },
        };
        using var response = await SendAsync(request, activity.Conversation?.Id, cancellationToken);
        EnsureSuccess(response, activity.Conversation?.Id);
        if (response.Content.Headers.ContentLength is 0 || response.StatusCode == System.Net.HttpStatusCode.NoContent)
        {
            return new ResourceResponse(null);
        }

        try
        {
            // A bare 200 with no id is allowed (some channels answer so); it is not an error.
            return await response.Content.ReadFromJsonAsync(SchemaJsonContext.Default.ResourceResponse, cancellationToken)
                ?? new ResourceResponse(null);
        }
        catch (JsonException)
        {
            return new ResourceResponse(null);
        }
    }

    // A connector that cannot be reached (refused, reset, TLS, DNS, every attempt timed out) is a failed
    // delivery like a refusal, never an exception the edge does not know (it answers 502).
    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, string? conversationId, CancellationToken cancellationToken)
    {
        try
        {
            return await http.SendAsync(request, cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or Polly.Timeout.TimeoutRejectedException
            || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            Log.ConnectorUnreachable(logger, request.Method.Method, conversationId, ex.GetType().Name);
            throw new ConnectorException(0, request.Method.Method, ex);
        }
    }

    private void EnsureSuccess(HttpResponseMessage response, string? conversationId)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        var operationId = response.Headers.TryGetValues("X-Correlating-OperationId", out var values) ? values.FirstOrDefault() : null;
        var method = response.RequestMessage?.Method.Method ?? "call";
        Log.ConnectorFailed(logger, method, conversationId, (int)response.StatusCode, operationId);
        throw new ConnectorException((int)response.StatusCode, method);
    }
}
