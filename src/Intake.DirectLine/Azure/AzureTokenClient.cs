using System.Net.Http.Headers;
using System.Net.Http.Json;
using Intake.DirectLine.Tokens;
using Intake.DirectLine.Wire;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Intake.DirectLine.Azure;

/// <summary>
/// Azure mode: gets the page's token from Azure's Direct Line (<c>POST {DirectLine:AzureEndpoint}/tokens/generate</c> with
/// <c>DirectLine:Secret</c>), server-side, for a user id of our own, so the secret never reaches a browser.
/// </summary>
internal sealed class AzureTokenClient(HttpClient http, IOptions<DirectLineOptions> options, ILogger<AzureTokenClient> logger)
{
    public const string HttpClientName = "Intake.DirectLine.Azure";

    /// <summary>A token from Azure, or null when Azure refused or could not be reached (logged by status).</summary>
    public async Task<PageTokenResponse?> GenerateAsync(string? locale, CancellationToken cancellationToken)
    {
        var endpoint = options.Value.AzureEndpoint.ToString().TrimEnd('/');
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{endpoint}/tokens/generate")
        {
            Content = JsonContent.Create(new StartRequest(new StartUser(TokenIssuer.NewUserId(), null), locale), DirectLineJsonContext.Default.StartRequest),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.Value.Secret);
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                Log.AzureRefused(logger, (int)response.StatusCode);
                return null;
            }

            var conversation = await response.Content.ReadFromJsonAsync(DirectLineJsonContext.Default.ConversationResponse, cancellationToken);
            return conversation is { Token.Length: > 0, ConversationId.Length: > 0 }
                ? new PageTokenResponse(conversation.Token, conversation.ConversationId, conversation.ExpiresIn, endpoint)
                : null;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException)
        {
            Log.AzureUnreachable(logger, ex.GetType().Name);
            return null;
        }
    }
}
