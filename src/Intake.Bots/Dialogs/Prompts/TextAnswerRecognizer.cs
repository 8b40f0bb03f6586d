using Intake.Bots.Choices;
using Intake.Bots.Recognizers;

namespace Intake.Bots.Dialogs.Prompts;

/// <summary>Any non-empty text is an answer.</summary>
internal sealed class TextAnswerRecognizer : IAnswerRecognizer
{
    public ChoiceList? Choices => null;

    public bool MultiSelect => false;

    public ValueTask<PromptAnswer?> RecognizeAsync(UserInput input, string language, CancellationToken cancellationToken)
        => ValueTask.FromResult(string.IsNullOrWhiteSpace(input.Text) ? null : PromptAnswer.FromText(input.Text));
}
