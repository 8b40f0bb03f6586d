using System.Globalization;
using System.Text;
using Intake.Bots.Content;
using Intake.Dialogs.Answers;
using Intake.Dialogs.Flow;
using Intake.Dialogs.Triage;

namespace Intake.Dialogs.Results;

/// <summary>
/// The short summary of the answers shown before "Is this right?": a title, then one line per answered
/// question of the table that is <see cref="IntakeQuestion.Reviewed"/> (<see cref="IntakeQuestion.SummaryLineKey"/>),
/// with the answer in the patient's words (the choice labels). Unanswered questions are left out. Pure.
/// </summary>
internal sealed class SummaryComposer
{
    private readonly ContentCatalog _content;
    private readonly IntakeQuestion[] _reviewed;

    /// <summary>The summary of the intake's questions (<see cref="IntakeQuestions.All"/>).</summary>
    public SummaryComposer(ContentCatalog content)
        : this(content, IntakeQuestions.All)
    {
    }

    /// <summary>The summary of <paramref name="questions"/>, in their order.</summary>
    internal SummaryComposer(ContentCatalog content, IEnumerable<IntakeQuestion> questions)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(questions);
        _content = content;
        _reviewed = [.. questions.Where(q => q.Reviewed)];
    }

    public string Compose(IntakeAnswers answers, string language)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var summary = new StringBuilder(_content.Text(language, "confirm.title"), 512);
        foreach (var question in _reviewed)
        {
            if (Answer(answers, question.Step, question.Answer, language) is { } answer)
            {
                summary.Append("\n- ").Append(_content.Format(language, question.SummaryLineKey, ("answer", answer)));
            }
        }

        return summary.ToString();
    }

    /// <summary>One answer as a short fact (<see cref="IntakeQuestion.FactLineKey"/>: "Pain: 4 out of 10"), or <c>null</c> when unanswered.</summary>
    public string? Fact(IntakeAnswers answers, IntakeQuestion question, string language)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(question);
        return Answer(answers, question.Step, question.Answer, language) is { } answer ? _content.Format(language, question.FactLineKey, ("answer", answer)) : null;
    }

    /// <summary>
    /// The content key of a choice's label: <c>{step}.choices.{code}.label</c>, or the opening's <c>{step}.labels.{code}</c>.
    /// A choice whose button reads oddly after a line's name ("None of these") has its summary form, <c>{step}.choices.{code}.summary</c>.
    /// </summary>
    public string LabelKey(string step, string code)
        => _content.Has($"{step}.choices.{code}.summary") ? $"{step}.choices.{code}.summary"
            : _content.Has($"{step}.choices.{code}.label") ? $"{step}.choices.{code}.label" : $"{step}.labels.{code}";

    private string? Answer(IntakeAnswers answers, string step, AnswerField field, string language) => field.Kind switch
    {
        AnswerFieldKind.Flag => field.ReadFlag(answers) is { } yes ? Labels(step, [yes ? "yes" : "no"], language) : null,
        AnswerFieldKind.Number => field.ReadNumber(answers)?.ToString(CultureInfo.InvariantCulture),
        _ => Labels(step, field.ReadCodes(answers), language),
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
            labels[i] = _content.Text(language, LabelKey(step, codes[i]));
        }

        return string.Join(_content.Text(language, "confirm.join"), labels);
    }
}
