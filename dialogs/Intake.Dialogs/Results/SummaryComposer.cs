using System.Globalization;
using Intake.Bots.Content;
using Intake.Dialogs.Answers;

namespace Intake.Dialogs.Results;

/// <summary>
/// The short summary of the answers shown before "Is this right?": a title, then one line per
/// answered question (<c>confirm.lines.{step}</c>) with the answer in the patient's words (the
/// choice labels). Unanswered questions are left out. Pure.
/// </summary>
internal sealed class SummaryComposer(ContentCatalog content)
{
    /// <summary>The questions the summary shows, in the order they were asked.</summary>
    public static readonly IReadOnlyList<string> Steps =
        ["location", "duration", "history", "worsening", "intensity", "symptoms", "triggers", "redflags", "nerve"];

    public string Compose(IntakeAnswers answers, string language)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var lines = new List<string> { content.Text(language, "confirm.title") };
        foreach (var step in Steps)
        {
            if (Answer(answers, step, language) is { } answer)
            {
                lines.Add("- " + content.Format(language, $"confirm.lines.{step}", ("answer", answer)));
            }
        }

        return string.Join("\n", lines);
    }

    /// <summary>The content key of a choice's label: <c>{step}.choices.{code}.label</c>, or the opening's <c>{step}.labels.{code}</c>.</summary>
    public string LabelKey(string step, string code)
        => content.Has($"{step}.choices.{code}.label") ? $"{step}.choices.{code}.label" : $"{step}.labels.{code}";

    private string? Answer(IntakeAnswers answers, string step, string language) => step switch
    {
        "location" => Labels(step, answers.Locations, language),
        "duration" => Labels(step, answers.Duration is { } d ? [d] : null, language),
        "history" => Labels(step, answers.History is { } h ? [h] : null, language),
        "worsening" => Labels(step, answers.Worsening is { } w ? [w ? "yes" : "no"] : null, language),
        "intensity" => answers.Intensity?.ToString(CultureInfo.InvariantCulture),
        "symptoms" => Labels(step, answers.Symptoms, language),
        "triggers" => Labels(step, answers.Triggers, language),
        "redflags" => Labels(step, answers.RedFlags, language),
        "nerve" => Labels(step, answers.Nerve, language),
        _ => null,
    };

    private string? Labels(string step, IReadOnlyList<string>? codes, string language)
        => codes is { Count: > 0 }
            ? string.Join(content.Text(language, "confirm.join"), codes.Select(c => content.Text(language, LabelKey(step, c))))
            : null;
}
