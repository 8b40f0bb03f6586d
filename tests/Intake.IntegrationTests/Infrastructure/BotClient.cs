using System.Net.Http.Json;
using System.Text.Json;
using Intake.Schema;

namespace Intake.IntegrationTests.Infrastructure;

/// <summary>
/// Plays one user in one conversation against <c>/api/messages</c> with <c>deliveryMode: expectReplies</c>,
/// shaped like the Emulator's traffic (or another channel's, by <see cref="ChannelId"/>).
/// </summary>
public sealed class BotClient(HttpClient http, string channelId = "emulator", string locale = "en-US")
{
    private int _sequence;

    public string ChannelId { get; } = channelId;

    public string Locale { get; set; } = locale;

    public string ConversationId { get; } = "conv-" + Guid.NewGuid().ToString("N");

    public ChannelAccount User { get; } = new() { Id = "user-" + Guid.NewGuid().ToString("N")[..8], Name = "User", Role = "user" };

    public ChannelAccount Bot { get; } = new() { Id = "bot-1", Name = "Bot", Role = "bot" };

    /// <summary>The serviceUrl put on every activity (a host whose reply-path policy refuses loopback needs its own).</summary>
    public string ServiceUrl { get; init; } = "http://localhost:1";

    /// <summary>The Emulator's opening: a conversationUpdate adding the user and the bot.</summary>
    public Task<IReadOnlyList<Activity>> JoinAsync()
        => SendAsync(Build(ActivityTypes.ConversationUpdate) with { MembersAdded = [User, Bot] });

    /// <summary>A typed message.</summary>
    public Task<IReadOnlyList<Activity>> SayAsync(string text)
        => SendAsync(Build(ActivityTypes.Message) with { Text = text });

    /// <summary>A card submit: no text, the data in <c>value</c>.</summary>
    public Task<IReadOnlyList<Activity>> SubmitAsync(JsonElement value)
        => SendAsync(Build(ActivityTypes.Message) with { Value = value });

    /// <summary>Sends any activity (addressing filled in) and returns the bot's replies.</summary>
    public async Task<IReadOnlyList<Activity>> SendAsync(Activity activity)
    {
        using var response = await http.PostAsJsonAsync("/api/messages", activity, SchemaJsonContext.Default.Activity);
        response.EnsureSuccessStatusCode();
        var replies = await response.Content.ReadFromJsonAsync(SchemaJsonContext.Default.ExpectedReplies);
        return replies?.Activities ?? [];
    }

    /// <summary>An activity from this user in this conversation, expecting replies inline.</summary>
    public Activity Build(string type) => new()
    {
        Type = type,
        Id = $"{ConversationId}|{Interlocked.Increment(ref _sequence):D4}",
        ChannelId = ChannelId,
        ServiceUrl = ServiceUrl,
        Conversation = new ConversationAccount { Id = ConversationId },
        From = User,
        Recipient = Bot,
        Locale = Locale,
        DeliveryMode = DeliveryModes.ExpectReplies,
    };
}
