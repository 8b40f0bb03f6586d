using Intake.Dialogs.Answers;
using Intake.Dialogs.Results;

namespace Intake.UnitTests.Dialogs.Results;

public sealed class SummaryComposerTests
{
    private readonly SummaryComposer _composer = new(IntakeContent.Catalog);

    private static readonly IntakeAnswers Answers = new()
    {
        Duration = "minutes",
        History = "weeks",
        Worsening = true,
        Intensity = 6,
        Symptoms = ["tightness", "stiff-joints"],
        Triggers = ["heat"],
        RedFlags = [AnswerCodes.None],
        Nerve = [AnswerCodes.None],
    };

    [Fact]
    public void Compose_English_OneLinePerAnswerWithLabels()
    {
        var summary = _composer.Compose(Answers, "en");

        var lines = summary.Split('\n');
        Assert.Equal("Here is what you told me:", lines[0]);
        Assert.Contains("- How long one spasm lasts: Up to a few minutes", lines);
        Assert.Contains("- Getting worse or more often: Yes", lines);
        Assert.Contains("- Pain at its worst: 6 out of 10", lines);
        Assert.Contains("- Other signs: Tight muscles, Stiff joints", lines);
        Assert.Equal(9, lines.Length);
    }

    [Fact]
    public void Compose_Spanish_UsesSpanishLabels()
    {
        var summary = _composer.Compose(Answers, "es");

        Assert.Contains("- Cuánto dura un espasmo: Hasta unos minutos", summary.Split('\n'));
        Assert.Contains("- Dolor en el peor momento: 6 de 10", summary.Split('\n'));
    }

    [Fact]
    public void Compose_UnansweredQuestions_AreLeftOut()
    {
        var summary = _composer.Compose(new IntakeAnswers { Intensity = 2 }, "en");

        Assert.Equal(["Here is what you told me:", "- Pain at its worst: 2 out of 10"], summary.Split('\n'));
    }
}
