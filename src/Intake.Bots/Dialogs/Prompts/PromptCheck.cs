namespace Intake.Bots.Dialogs.Prompts;

/// <summary>A validator's verdict: accept (possibly a corrected answer) or reject with the retry text to say.</summary>
public readonly record struct PromptCheck(bool Accepted, PromptAnswer? Answer, string? RetryKey)
{
    public static PromptCheck Accept(PromptAnswer answer) => new(true, answer, null);

    /// <summary>Rejects; <paramref name="retryKey"/> replaces the prompt's retry text for this miss.</summary>
    public static PromptCheck Reject(string? retryKey = null) => new(false, null, retryKey);
}
