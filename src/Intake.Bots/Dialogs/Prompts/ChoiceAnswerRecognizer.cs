using Intake.Bots.Choices;
using Intake.Bots.Recognizers;

namespace Intake.Bots.Dialogs.Prompts;

/// <summary>One or several choices; confirm prompts are a yes/no choice whose answer is also <see cref="PromptAnswer.Confirmed"/>.</summary>
internal sealed class ChoiceAnswerRecognizer(ChoiceRecognizer recognizer, ChoiceList choices, bool multiple, string? yesCode) : IAnswerRecognizer
{
    public ChoiceList? Choices => choices;

    public bool MultiSelect => multiple;

    public ValueTask<PromptAnswer?> RecognizeAsync(UserInput input, string language, CancellationToken cancellationToken)
    {
        var codes = recognizer.Recognize(input, language, multiple);
        if (codes is null)
        {
            return ValueTask.FromResult<PromptAnswer?>(null);
        }

        var answer = PromptAnswer.FromChoices(codes);
        if (yesCode is not null)
        {
            answer = answer with { Confirmed = string.Equals(codes[0], yesCode, StringComparison.Ordinal) };
        }

        return ValueTask.FromResult<PromptAnswer?>(answer);
    }
}
