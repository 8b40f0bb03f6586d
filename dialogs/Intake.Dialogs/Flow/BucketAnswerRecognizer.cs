using Intake.Bots.Choices;
using Intake.Bots.Dialogs;
using Intake.Bots.Dialogs.Prompts;
using Intake.Bots.Recognizers;

namespace Intake.Dialogs.Flow;

/// <summary>
/// A single choice that people usually answer with an amount of time ("about 20 min", "since last week"):
/// a card or button gives the code; typed words go to the intake's time recognizer first, then to the
/// choice words and numbers of the list.
/// </summary>
internal sealed class BucketAnswerRecognizer(ChoiceList choices, ChoiceRecognizer choiceWords, Func<string?, string, string?> recognize) : IAnswerRecognizer
{
    public ChoiceList? Choices => choices;

    public bool MultiSelect => false;

    public ValueTask<PromptAnswer?> RecognizeAsync(UserInput input, string language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.CardChoices is null && recognize(input.Text, language) is { } code)
        {
            return ValueTask.FromResult<PromptAnswer?>(PromptAnswer.FromChoices([code]));
        }

        var codes = choiceWords.Recognize(input, language, multiple: false);
        return ValueTask.FromResult(codes is null ? null : PromptAnswer.FromChoices(codes));
    }
}
