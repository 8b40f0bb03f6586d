using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using Intake.Schema;

namespace Intake.Bots.AspNetCore;

/// <summary>
/// What the activity model accepts but no turn can use: text that is not Unicode inside the raw JSON a
/// turn reads later (<c>value</c>, <c>channelData</c>, unknown fields), and <c>null</c> members of arrays.
/// Each is a sentence for a 400, found before any turn runs.
/// </summary>
internal static class InboundShapeCheck
{
    /// <summary>A reason when a string anywhere in <paramref name="body"/> is not valid Unicode (a lone UTF-16 surrogate, bad UTF-8).</summary>
    public static string? FindInvalidText(ReadOnlySpan<byte> body)
    {
        // Only an escape (\uD800) or a non-ASCII byte can spell invalid text: most bodies skip the walk.
        if (Ascii.IsValid(body) && body.IndexOf("\\u"u8) < 0)
        {
            return null;
        }

        var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = 256 });
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && !IsValidText(ref reader))
                {
                    return $"The activity holds a string that is not valid Unicode (a lone UTF-16 surrogate or bad UTF-8) at byte {reader.TokenStartIndex}; send text as valid Unicode.";
                }
            }
        }
        catch (JsonException)
        {
            // The body was parsed once already; a reader that disagrees changes nothing the turn reads.
        }

        return null;
    }

    /// <summary>
    /// A reason when an id that travels in the connector's URL path (<c>conversation.id</c>, <c>id</c>) holds a
    /// control character: no HTTP server takes one in a path (it answers 400), and no channel sends one.
    /// </summary>
    public static string? FindControlInIds(Activity activity) =>
        HasControl(activity.Conversation?.Id) ? "The activity's 'conversation.id' holds a control character; ids travel in URLs and may not."
        : HasControl(activity.Id) ? "The activity's 'id' holds a control character; ids travel in URLs and may not."
        : null;

    /// <summary>A reason when an array of the activity holds a <c>null</c> member (<c>"membersAdded":[null]</c>).</summary>
    public static string? FindNullMember(Activity activity) =>
        HasNull(activity.MembersAdded) ? NullMember("membersAdded")
        : HasNull(activity.MembersRemoved) ? NullMember("membersRemoved")
        : HasNull(activity.ReactionsAdded) ? NullMember("reactionsAdded")
        : HasNull(activity.ReactionsRemoved) ? NullMember("reactionsRemoved")
        : HasNull(activity.Attachments) ? NullMember("attachments")
        : HasNull(activity.Entities) ? NullMember("entities")
        : HasNull(activity.ListenFor) ? NullMember("listenFor")
        : HasNull(activity.SuggestedActions?.Actions) ? NullMember("suggestedActions.actions")
        : HasNull(activity.SuggestedActions?.To) ? NullMember("suggestedActions.to")
        : null;

    private static bool IsValidText(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped)
        {
            return reader.HasValueSequence || Utf8.IsValid(reader.ValueSpan);
        }

        try
        {
            _ = reader.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static bool HasControl(string? id)
        => id is not null && (id.AsSpan().IndexOfAnyInRange('\u0000', '\u001f') >= 0 || id.Contains('\u007f', StringComparison.Ordinal));

    private static bool HasNull<T>(IReadOnlyList<T>? items)
        where T : class
    {
        if (items is null)
        {
            return false;
        }

        foreach (var item in items)
        {
            if (item is null)
            {
                return true;
            }
        }

        return false;
    }

    private static string NullMember(string field) => $"The activity's '{field}' holds a null member; send each member as an object (or leave the array out).";
}
