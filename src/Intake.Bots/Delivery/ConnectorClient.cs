using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using Intake.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Identity.Client;

namespace Intake.Bots.Delivery;

/// <summary>
/// The Bot Connector REST API v3 (bot → channel): send, reply, update and delete activities at the
/// conversation's <c>serviceUrl</c>. Retries on 429 and 5xx (honouring <c>Retry-After</c>) and timeouts
/// come from the resilience handler the HttpClient is registered with. The bot's token
/// (<see cref="ConnectorTokens"/>) is added here and nowhere else, and only to a <c>serviceUrl</c> the
/// inbound token vouched for with its <c>serviceurl</c> claim: never to one a caller merely named.
/// </summary>
public sealed class ConnectorClient(HttpClient http, ILogger<ConnectorClient> logger, ConnectorTokens? tokens = null)
{
    /// <summary>The name the connector's HttpClient is registered under.</summary>
    public const string HttpClientName = "Intake.Connector";

    /// <summary>The claim of a channel token that names the connector it vouches for.</summary>
    public const string ServiceUrlClaim = "serviceurl";

    /// <summary>Sends to the conversation, as a reply to <c>replyToId</c> when the activity has one, without the bot's token.</summary>
    public Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken)
        => SendAsync(activity, caller: null, cancellationToken);

    /// <summary>Sends to the conversation, with the bot's token when <paramref name="caller"/>'s token vouched for the activity's serviceUrl.</summary>
    public Task<ResourceResponse> SendAsync(Activity activity, ClaimsIdentity? caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var uri = ActivitiesUri(activity.ServiceUrl, activity.Conversation?.Id, activity.ReplyToId);
        return CallAsync(HttpMethod.Post, uri, activity, caller, cancellationToken);
    }

    /// <summary>Replaces the activity named by <c>activity.Id</c>.</summary>
    public Task<ResourceResponse> UpdateAsync(Activity activity, ClaimsIdentity? caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentException.ThrowIfNullOrEmpty(activity.Id);
        var uri = ActivitiesUri(activity.ServiceUrl, activity.Conversation?.Id, activity.Id);
        return CallAsync(HttpMethod.Put, uri, activity, caller, cancellationToken);
    }

    /// <summary>Deletes an activity sent earlier.</summary>
    public async Task DeleteAsync(ConversationReference reference, string activityId, ClaimsIdentity? caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var uri = ActivitiesUri(reference.ServiceUrl, reference.Conversation?.Id, activityId);
        using var request = new HttpRequestMessage(HttpMethod.Delete, uri);
        await AuthorizeAsync(request, reference.ServiceUrl, caller, reference.Conversation?.Id, cancellationToken);
        using var response = await SendAsync(request, reference.Conversation?.Id, cancellationToken);
        EnsureSuccess(response, reference.Conversation?.Id);
    }

    /// <summary>
    /// Whether <paramref name="serviceUrl"/> is the one <paramref name="caller"/>'s token named in its
    /// <c>serviceurl</c> claim (compared as the canonical URL, case aside, as the inbound check does).
    /// </summary>
    public static bool Vouched(string? serviceUrl, ClaimsIdentity? caller)
        => caller is { IsAuthenticated: true }
            && caller.FindFirst(ServiceUrlClaim)?.Value is { } claim
            && Canonical(claim) is { } vouched
            && string.Equals(vouched, Canonical(serviceUrl), StringComparison.OrdinalIgnoreCase);

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

    private async Task<ResourceResponse> CallAsync(HttpMethod method, Uri uri, Activity activity, ClaimsIdentity? caller, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, uri)
        {
            Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(activity, SchemaJsonContext.Default.Activity))
            {
                Headers = { ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json") { CharSet = "utf-8" } },
            },
        };
        await AuthorizeAsync(request, activity.ServiceUrl, caller, activity.Conversation?.Id, cancellationToken);
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

    // The Emulator (its token vouches for no serviceUrl) and a bot without an App ID get no token: the
    // Emulator's connector accepts calls without one (protocol §3.3).
    private async Task AuthorizeAsync(HttpRequestMessage request, string? serviceUrl, ClaimsIdentity? caller, string? conversationId, CancellationToken cancellationToken)
    {
        if (tokens is not { Enabled: true } || !Vouched(serviceUrl, caller))
        {
            return;
        }

        try
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.GetAsync(cancellationToken));
        }
        catch (MsalException ex)
        {
            Log.ConnectorTokenUnavailable(logger, conversationId, ex.ErrorCode);
            throw new ConnectorException(0, request.Method.Method, ex);
        }
    }

    private static string? Canonical(string? url)
        => Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Path) : null;

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
