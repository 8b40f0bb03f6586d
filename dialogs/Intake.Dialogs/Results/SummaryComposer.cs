using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using System.Text;
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

    // Content keys built once: the line of each step, and each (step, code) label (the catalog never changes).
    private static readonly FrozenDictionary<string, string> LineKeys = Steps.ToFrozenDictionary(s => s, s => $"confirm.lines.{s}", StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Step, string Code), string> _labelKeys = new();

    public string Compose(IntakeAnswers answers, string language)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var summary = new StringBuilder(content.Text(language, "confirm.title"), 512);
        foreach (var step in Steps)
        {
            if (Answer(answers, step, language) is { } answer)
            {
                summary.Append("\n- ").Append(content.Format(language, LineKeys[step], ("answer", answer)));
            }
        }

        return summary.ToString();
    }

    /// <summary>The content key of a choice's label: <c>{step}.choices.{code}.label</c>, or the opening's <c>{step}.labels.{code}</c>.</summary>
    public string LabelKey(string step, string code)
        => _labelKeys.GetOrAdd((step, code), static (key, catalog) =>
            catalog.Has($"{key.Step}.choices.{key.Code}.label") ? $"{key.Step}.choices.{key.Code}.label" : $"{key.Step}.labels.{key.Code}", content);

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
    {
        if (codes is not { Count: > 0 })
        {
            return null;
        }

        var labels = new string[codes.Count];
        for (var i = 0; i < labels.Length; i++)
        {
            labels[i] = content.Text(language, LabelKey(step, codes[i]));
        }

        return string.Join(content.Text(language, "confirm.join"), labels);
    }
}
