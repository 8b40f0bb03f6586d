using System.Text.Json;

namespace Intake.Bots.Recognizers;

/// <summary>
/// What the user sent, whatever the way: typed or imBack <see cref="Text"/>, or a card submit's
/// <c>value</c> (<c>{"choice":"code"}</c>, an Input.ChoiceSet's <c>{"choices":"a,b"}</c>,
/// <c>{"command":"help"}</c>, or a Teams <c>msteams</c> imBack/messageBack payload).
/// </summary>
public sealed record UserInput
{
    /// <summary>The card field a single choice arrives in.</summary>
    public const string ChoiceField = "choice";

    /// <summary>The card field (Input.ChoiceSet id) several choices arrive in, comma-separated.</summary>
    public const string ChoicesField = "choices";

    /// <summary>The card field a global command arrives in.</summary>
    public const string CommandField = "command";

    /// <summary>The text to recognise, or <c>null</c>.</summary>
    public string? Text { get; init; }

    /// <summary>Choice codes a card submitted, or <c>null</c> when nothing came from a card.</summary>
    public IReadOnlyList<string>? CardChoices { get; init; }

    /// <summary>A command a card button sent.</summary>
    public string? Command { get; init; }

    /// <summary>Nothing usable arrived.</summary>
    public bool IsEmpty => string.IsNullOrWhiteSpace(Text) && CardChoices is null && Command is null;

    /// <summary>Reads the input of a message activity.</summary>
    public static UserInput From(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var input = new UserInput { Text = string.IsNullOrWhiteSpace(activity.Text) ? null : activity.Text.Trim() };
        if (activity.Value is not { } value)
        {
            return input;
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            return input with { Text = input.Text ?? value.GetString() };
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            return input;
        }

        List<string>? choices = null;
        AddCodes(value, ChoiceField, ref choices);
        AddCodes(value, ChoicesField, ref choices);
        var command = value.TryGetProperty(CommandField, out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
        var teamsText = TeamsText(value);
        return input with { CardChoices = choices, Command = command, Text = input.Text ?? teamsText };
    }

    private static void AddCodes(JsonElement value, string field, ref List<string>? codes)
    {
        if (!value.TryGetProperty(field, out var element))
        {
            return;
        }

        codes ??= [];
        if (element.ValueKind == JsonValueKind.String)
        {
            codes.AddRange(element.GetString()!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            codes.AddRange(element.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!));
        }
    }

    private static string? TeamsText(JsonElement value)
    {
        if (!value.TryGetProperty("msteams", out var teams) || teams.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var name in (ReadOnlySpan<string>)["value", "text", "displayText"])
        {
            if (teams.TryGetProperty(name, out var text) && text.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(text.GetString()))
            {
                return text.GetString();
            }
        }

        return null;
    }
}
