using System.Net;
using System.Text.Json;
using Intake.Schema;

namespace Intake.Benchmarks.Driving;

/// <summary>
/// Checks one answer of <c>/api/messages</c> so a fast wrong answer cannot pass: 200, and for
/// expectReplies valid JSON whose every activity is in the right conversation and replies to the
/// sent activity, with at least one message for a message turn. Texts are never looked at.
/// </summary>
internal static class TurnChecker
{
    /// <summary>Returns null when the answer is right, else the reason it is not.</summary>
    public static string? Check(HttpStatusCode status, byte[] body, Activity sent, bool expectReplies)
    {
        ArgumentNullException.ThrowIfNull(sent);
        var code = (int)status;
        if (code >= 500)
        {
            return $"HTTP {code} (5xx)";
        }

        if (code != 200)
        {
            return $"HTTP {code}";
        }

        if (!expectReplies)
        {
            return null;
        }

        ExpectedReplies? replies;
        try
        {
            replies = JsonSerializer.Deserialize(body, SchemaJsonContext.Default.ExpectedReplies);
        }
        catch (JsonException)
        {
            return "answer is not valid JSON";
        }

        if (replies?.Activities is not { } activities)
        {
            return "answer has no activities array";
        }

        var messages = 0;
        foreach (var reply in activities)
        {
            if (!string.Equals(reply.Conversation?.Id, sent.Conversation?.Id, StringComparison.Ordinal))
            {
                return "reply addressed to another conversation";
            }

            if (!string.Equals(reply.ReplyToId, sent.Id, StringComparison.Ordinal))
            {
                return "reply's replyToId is not the sent activity's id";
            }

            messages += reply.IsType(ActivityTypes.Message) ? 1 : 0;
        }

        return messages == 0 && sent.IsType(ActivityTypes.Message) ? "no reply to a message turn" : null;
    }

    /// <summary>
    /// For the Intake target: null when some reply's <c>channelData.intake</c> names the step or care
    /// level the script expects after this turn, else what was found instead.
    /// </summary>
    public static string? CheckIntake(byte[] body, ScriptTurn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var (property, expected) = turn.ExpectCareLevel is { } level ? ("careLevel", level) : ("step", turn.ExpectStep);
        if (expected is null)
        {
            return null;
        }

        var found = new List<string>();
        var replies = JsonSerializer.Deserialize(body, SchemaJsonContext.Default.ExpectedReplies)?.Activities ?? [];
        foreach (var reply in replies)
        {
            if (reply.ChannelData is { ValueKind: JsonValueKind.Object } data
                && data.TryGetProperty("intake", out var intake)
                && intake.ValueKind == JsonValueKind.Object
                && intake.TryGetProperty(property, out var value))
            {
                var text = value.GetString() ?? string.Empty;
                if (string.Equals(text, expected, StringComparison.Ordinal))
                {
                    return null;
                }

                found.Add(text);
            }
        }

        return $"expected intake {property} '{expected}', got [{string.Join(",", found)}]";
    }
}
