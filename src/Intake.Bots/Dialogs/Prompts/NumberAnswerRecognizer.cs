using Intake.Bots.Choices;
using Intake.Bots.Recognizers;

namespace Intake.Bots.Dialogs.Prompts;

/// <summary>A number within [min, max], whole unless decimals are allowed; out of range is not understood.</summary>
internal sealed class NumberAnswerRecognizer(NumberRecognizer numbers, decimal min, decimal max, bool integerOnly) : IAnswerRecognizer
{
    public ChoiceList? Choices => null;

    public bool MultiSelect => false;

    public ValueTask<PromptAnswer?> RecognizeAsync(UserInput input, string language, CancellationToken cancellationToken)
    {
        var number = numbers.Recognize(input.Text ?? (input.CardChoices is [var first, ..] ? first : null), language);
        var ok = number is { } n && n >= min && n <= max && (!integerOnly || decimal.Truncate(n) == n);
        return ValueTask.FromResult(ok ? PromptAnswer.FromNumber(number!.Value) : null);
    }
}
