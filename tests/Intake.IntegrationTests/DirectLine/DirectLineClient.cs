using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Intake.IntegrationTests.DirectLine;

/// <summary>Direct Line 3.0 over plain HTTP, as a client sends it: the bearer, the JSON, the raw answers.</summary>
internal sealed class DirectLineClient(HttpClient http)
{
    public const string Root = "/v3/directline";

    public async Task<JsonElement> PageTokenAsync(string locale = "en-US")
    {
        using var response = await http.PostAsJsonAsync("/api/directline/token", new { locale });
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>A new conversation started the way DirectLineJS starts one: its token, id and the start's answer.</summary>
    public async Task<(string Token, string ConversationId, JsonElement Started)> StartAsync(string locale = "en-US")
    {
        var page = await PageTokenAsync(locale);
        var token = page.GetProperty("token").GetString()!;
        using var started = await SendAsync(HttpMethod.Post, $"{Root}/conversations", token, new { user = new { id = "someone" }, locale });
        Assert.Equal(System.Net.HttpStatusCode.Created, started.StatusCode);
        return (token, page.GetProperty("conversationId").GetString()!, await started.Content.ReadFromJsonAsync<JsonElement>());
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? bearer, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        if (body is not null)
        {
            request.Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
        }

        return await http.SendAsync(request);
    }

    public async Task<(JsonElement[] Activities, string Watermark)> ActivitiesAsync(string conversationId, string token, string watermark = "")
    {
        using var response = await SendAsync(HttpMethod.Get, $"{Root}/conversations/{conversationId}/activities?watermark={watermark}", token);
        response.EnsureSuccessStatusCode();
        var set = await response.Content.ReadFromJsonAsync<JsonElement>();
        return ([.. set.GetProperty("activities").EnumerateArray()], set.GetProperty("watermark").GetString()!);
    }

    /// <summary>Posts a message as Web Chat does (with a clientActivityID); returns the id the server gave it.</summary>
    public async Task<string> SayAsync(string conversationId, string token, string text, string? clientActivityId = null)
    {
        using var response = await SendAsync(HttpMethod.Post, $"{Root}/conversations/{conversationId}/activities", token, Message(text, clientActivityId));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    public static object Message(string text, string? clientActivityId = null)
        => new { type = "message", text, from = new { id = "r_webchat", role = "user" }, locale = "en-US", channelData = new { clientActivityID = clientActivityId ?? Guid.NewGuid().ToString("N") } };
}
