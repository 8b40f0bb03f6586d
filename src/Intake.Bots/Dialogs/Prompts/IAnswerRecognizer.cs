using Intake.Bots.Choices;
using Intake.Bots.Recognizers;

namespace Intake.Bots.Dialogs.Prompts;

/// <summary>What makes a prompt a text, number, choice or confirm prompt: how it reads an answer and what choices it shows.</summary>
public interface IAnswerRecognizer
{
    /// <summary>The choices shown with the question, or <c>null</c>.</summary>
    ChoiceList? Choices { get; }

    /// <summary>Whether several choices may be picked.</summary>
    bool MultiSelect { get; }

    /// <summary>The answer in <paramref name="input"/>, or <c>null</c> when it was not understood.</summary>
    ValueTask<PromptAnswer?> RecognizeAsync(UserInput input, string language, CancellationToken cancellationToken);
}
