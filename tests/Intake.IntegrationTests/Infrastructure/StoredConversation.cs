using System.Text.Json;
using Intake.Bots.State;

namespace Intake.IntegrationTests.Infrastructure;

/// <summary>What a conversation's stored state holds, slot by slot.</summary>
public static class StoredConversation
{
    /// <summary>The slots of the conversation's state item (none when there is no item).</summary>
    public static async Task<IReadOnlyList<string>> SlotsAsync(IStorage storage, BotClient client)
    {
        var item = await storage.ReadAsync(StateKeys.Conversation(client.ChannelId, client.ConversationId), CancellationToken.None);
        if (item is null)
        {
            return [];
        }

        using var document = JsonDocument.Parse(item.Value);
        return [.. document.RootElement.EnumerateObject().Select(p => p.Name)];
    }

    /// <summary>A forgotten conversation keeps only the ids of the activities it processed (so a retry is not applied again).</summary>
    public static readonly IReadOnlyList<string> Forgotten = ["processed"];

    /// <summary>A conversation whose intake ended without consent: the processed ids and its flags (welcomed, ended), no answers.</summary>
    public static readonly IReadOnlyList<string> EndedWithoutKeeping = ["flags", "processed"];
}
