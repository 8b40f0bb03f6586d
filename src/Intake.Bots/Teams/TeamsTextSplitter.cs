using System.Text;
using System.Text.Json;
using Intake.Schema;

namespace Intake.Bots.Teams;

/// <summary>
/// Splits a message whose JSON is over a size limit into several messages, at whitespace where it can:
/// the earlier parts carry only text, the last keeps the buttons, cards and input hint.
/// </summary>
internal static class TeamsTextSplitter
{
    public static IEnumerable<Activity> Split(Activity reply, int maxBytes)
    {
        ArgumentNullException.ThrowIfNull(reply);
        if (string.IsNullOrEmpty(reply.Text) || Size(reply) <= maxBytes)
        {
            return [reply];
        }

        // What either kind of part is without its text, and a margin for the "text" member itself.
        var budget = maxBytes - Math.Max(Size(reply with { Text = null }), Size(Earlier(reply, null))) - 32;
        if (budget < 1024)
        {
            return [reply];
        }

        var chunks = Chunks(reply.Text, budget);
        return chunks.Select((chunk, i) => i == chunks.Count - 1 ? reply with { Text = chunk } : Earlier(reply, chunk));
    }

    private static Activity Earlier(Activity reply, string? text)
        => reply with { Text = text, Attachments = null, SuggestedActions = null, Speak = null, Summary = null, InputHint = InputHints.IgnoringInput };

    private static List<string> Chunks(string text, int budget)
    {
        var chunks = new List<string>();
        var current = new StringBuilder();
        var currentBytes = 0;
        foreach (var piece in Pieces(text, budget))
        {
            var bytes = Encoded(piece);
            if (current.Length > 0 && currentBytes + bytes > budget)
            {
                chunks.Add(current.ToString().Trim());
                current.Clear();
                currentBytes = 0;
            }

            current.Append(piece);
            currentBytes += bytes;
        }

        if (current.Length > 0)
        {
            chunks.Add(current.ToString().Trim());
        }

        return chunks;
    }

    // Words with their trailing whitespace; a word longer than the budget is cut (never inside a surrogate pair).
    private static IEnumerable<string> Pieces(string text, int budget)
    {
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && !(char.IsWhiteSpace(text[i]) && (i + 1 == text.Length || !char.IsWhiteSpace(text[i + 1]))))
            {
                continue;
            }

            var end = Math.Min(i + 1, text.Length);
            var word = text[start..end];
            start = end;
            var slice = Math.Max(1, budget / 6);
            for (var offset = 0; offset < word.Length;)
            {
                var length = Math.Min(slice, word.Length - offset);
                if (offset + length < word.Length && char.IsHighSurrogate(word[offset + length - 1]))
                {
                    length--;
                }

                yield return word.Substring(offset, length);
                offset += length;
            }
        }
    }

    private static int Encoded(string text) => JsonEncodedText.Encode(text).EncodedUtf8Bytes.Length;

    private static int Size(Activity activity) => JsonSerializer.SerializeToUtf8Bytes(activity, SchemaJsonContext.Default.Activity).Length;
}
