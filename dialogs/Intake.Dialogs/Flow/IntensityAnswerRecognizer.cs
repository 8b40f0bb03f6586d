using System.Globalization;
using Intake.Bots.Choices;
using Intake.Bots.Dialogs;
using Intake.Bots.Dialogs.Prompts;
using Intake.Bots.Recognizers;
using Intake.Dialogs.Recognizers;

namespace Intake.Dialogs.Flow;

/// <summary>
/// Pain from 0 to 10: a button or card gives the score; typed words go to <see cref="IntensityRecognizer"/>
/// ("7", "seven", "7/10", "really bad"). Typed numbers are scores, never positions in the list.
/// </summary>
internal sealed class IntensityAnswerRecognizer(IntensityRecognizer recognizer) : IAnswerRecognizer
{
    public static readonly ChoiceList Scale = new([.. Enumerable.Range(0, 11).Select(n => new Choice(n.ToString(CultureInfo.InvariantCulture), $"intensity.labels.{n}"))]);

    public ChoiceList? Choices => Scale;

    public bool MultiSelect => false;

    public ValueTask<PromptAnswer?> RecognizeAsync(UserInput input, string language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        int? score = input.CardChoices is [var code] && int.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out var picked) && picked <= 10
            ? picked
            : recognizer.Recognize(input.Text, language);
        return ValueTask.FromResult(score is { } s ? PromptAnswer.FromNumber(s) : null);
    }
}
