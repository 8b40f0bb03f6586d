using System.Text.Json;
using Intake.IntegrationTests.Infrastructure;
using Intake.Schema;
using Xunit.Sdk;

namespace Intake.IntegrationTests.Transcripts;

/// <summary>Plays a transcript against the real host with one Emulator-shaped client, checking each expectation.</summary>
public static class TranscriptRunner
{
    public static async Task RunAsync(TranscriptFile transcript, HttpClient http)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        var client = new BotClient(http, transcript.Channel, transcript.Locale);
        IReadOnlyList<Activity> replies = [];
        foreach (var line in transcript.Lines)
        {
            var where = $"{transcript.Name}:{line.Number}";
            switch (line.Kind)
            {
                case "join":
                    replies = await client.JoinAsync();
                    break;
                case "user":
                    replies = await client.SayAsync(line.Argument);
                    break;
                case "submit":
                    replies = await client.SubmitAsync(JsonDocument.Parse(line.Argument).RootElement.Clone());
                    break;
                case "bot":
                    Expect(replies.Any(r => Shown(r).Contains(line.Argument, StringComparison.OrdinalIgnoreCase)), where, $"a reply containing \"{line.Argument}\"", replies);
                    break;
                case "first":
                    Expect(replies.Count > 0 && Shown(replies[0]).Contains(line.Argument, StringComparison.OrdinalIgnoreCase), where, $"a first reply containing \"{line.Argument}\"", replies);
                    break;
                case "sign":
                    Expect(replies.Any(r => Intake(r, "step") == "check" && Intake(r, "sign") == line.Argument), where, $"a check question about the sign \"{line.Argument}\"", replies);
                    break;
                case "step":
                    Expect(replies.Any(r => Intake(r, "step") == line.Argument), where, $"a question with step \"{line.Argument}\"", replies);
                    break;
                case "care":
                    Expect(replies.Any(r => Intake(r, "careLevel") == line.Argument), where, $"a result with careLevel \"{line.Argument}\"", replies);
                    break;
                case "card":
                    Expect(replies.Any(r => Titles(r).Contains(line.Argument, StringComparer.Ordinal)), where, $"a choice titled \"{line.Argument}\"", replies);
                    break;
                case "silent":
                    Expect(replies.Count == 0, where, "no reply", replies);
                    break;
            }
        }
    }

    /// <summary>Everything a person would read: text, the plain-text fallback, and card text blocks.</summary>
    public static string Shown(Activity reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var parts = new List<string?> { reply.Text, reply.Summary };
        foreach (var attachment in reply.Attachments ?? [])
        {
            parts.Add(attachment.Content?.GetRawText());
        }

        return string.Join("\n", parts.Where(p => p is not null));
    }

    /// <summary>Choice titles shown as suggested actions, card buttons or multi-select options.</summary>
    public static IEnumerable<string> Titles(Activity reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        foreach (var action in reply.SuggestedActions?.Actions ?? [])
        {
            yield return action.Title ?? string.Empty;
        }

        foreach (var card in (reply.Attachments ?? []).Select(a => a.Content).OfType<JsonElement>())
        {
            foreach (var action in Array(card, "actions"))
            {
                yield return action.GetProperty("title").GetString() ?? string.Empty;
            }

            foreach (var input in Array(card, "body").Where(b => b.TryGetProperty("choices", out _)))
            {
                foreach (var choice in input.GetProperty("choices").EnumerateArray())
                {
                    yield return choice.GetProperty("title").GetString() ?? string.Empty;
                }
            }
        }
    }

    private static JsonElement[] Array(JsonElement element, string name)
        => element.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array ? [.. array.EnumerateArray()] : [];

    private static string? Intake(Activity reply, string field)
        => reply.ChannelData is { ValueKind: JsonValueKind.Object } data
            && data.TryGetProperty("intake", out var intake)
            && intake.TryGetProperty(field, out var value)
            && value.ValueKind == JsonValueKind.String
                ? value.GetString()
                : null;

    private static void Expect(bool ok, string where, string expected, IReadOnlyList<Activity> replies)
    {
        if (!ok)
        {
            var got = string.Join("\n---\n", replies.Select(r => $"{Shown(r)} {r.ChannelData?.GetRawText()}"));
            throw new XunitException($"{where}: expected {expected}; the bot sent {replies.Count} replies:\n{got}");
        }
    }
}
