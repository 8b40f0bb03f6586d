using Intake.Bots.Choices;
using Intake.Bots.Content;
using Intake.Bots.Dialogs;
using Intake.Bots.Dialogs.Prompts;
using Intake.Bots.Recognizers;
using Intake.Dialogs.Answers;

namespace Intake.Dialogs.Flow;

/// <summary>
/// "Is this right?" shows two choices, <c>yes</c> and <see cref="ChangeCode"/> ("Change an answer", which then lists
/// the summary's lines). Typed words that name one answer ("change the pain", "actually the pain is 7") choose that
/// answer's <c>change-{step}</c> at once; a tap, a number or anything else is read against the two choices shown.
/// </summary>
internal sealed class ConfirmAnswerRecognizer(ChoiceList shown, ChoiceRecognizer shownWords, ChoiceRecognizer changeWords) : IAnswerRecognizer
{
    /// <summary>The choice that lists the summary's lines to pick the one to change.</summary>
    public const string ChangeCode = "change";

    public ChoiceList? Choices => shown;

    public bool MultiSelect => false;

    /// <summary>The recognizer for the confirm step, whose typed-only choices are <paramref name="changes"/> (one per summary line).</summary>
    public static ConfirmAnswerRecognizer Create(ContentCatalog content, ChoiceList changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var shown = QuestionChoices.For(IntakeSteps.Confirm, ["yes", ChangeCode]);
        return new ConfirmAnswerRecognizer(shown, new ChoiceRecognizer(content, shown, null), new ChoiceRecognizer(content, changes, null));
    }

    public ValueTask<PromptAnswer?> RecognizeAsync(UserInput input, string language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.CardChoices is null && !IsNumber(input.Text) && changeWords.Recognize(input, language, multiple: true) is [var change])
        {
            return ValueTask.FromResult<PromptAnswer?>(PromptAnswer.FromChoices([change]));
        }

        // A card of the summary before "Change an answer" existed may still send a change-{step} code.
        var codes = shownWords.Recognize(input, language, multiple: false)
            ?? (input.CardChoices is not null ? changeWords.Recognize(input, language, multiple: false) : null);
        return ValueTask.FromResult(codes is null ? null : PromptAnswer.FromChoices(codes));
    }

    // "2" is the second button shown, never the second line of the summary.
    private static bool IsNumber(string? text)
        => TextNormalizer.Normalize(text) is { Length: > 0 } words && words.Split(' ').All(w => w.All(char.IsAsciiDigit));
}
