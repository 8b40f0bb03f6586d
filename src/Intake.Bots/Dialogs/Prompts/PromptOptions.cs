using System.Text.Json;

namespace Intake.Bots.Dialogs.Prompts;

/// <summary>A prompt's configuration, fixed at registration so that nothing of it is stored per conversation.</summary>
public sealed record PromptOptions
{
    /// <summary>The content key of the question.</summary>
    public required string PromptKey { get; init; }

    /// <summary>The content key said when an answer was not understood (default: the question again).</summary>
    public string? RetryKey { get; init; }

    /// <summary>The content key said after <see cref="MaxAttempts"/> misses in a row, before the question again.</summary>
    public string ExhaustedKey { get; init; } = PromptKeys.Exhausted;

    /// <summary>Misses in a row before the exhausted text (then the count starts over).</summary>
    public int MaxAttempts { get; init; } = 3;

    /// <summary>Stamped on the question and every re-ask (for example <c>{"intake":{"step":"location"}}</c>).</summary>
    public JsonElement? ChannelData { get; init; }

    /// <summary>Checks a recognised answer; <c>null</c> accepts every recognised answer.</summary>
    public PromptValidator? Validator { get; init; }
}
