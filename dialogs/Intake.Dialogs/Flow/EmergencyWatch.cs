using Intake.Bots.Content;
using Intake.Bots.Dialogs;
using Intake.Bots.Recognizers;
using Intake.Dialogs.Answers;

namespace Intake.Dialogs.Flow;

/// <summary>
/// Looks for an emergency sign in anything the patient types (INTAKE.md §2, row 9), at every step and
/// before or after the intake, using only the unmistakable phrases of <c>emergency.watch.*</c>, in every
/// content language, and ignoring a phrase right after a negation ("no chest pain"); or a sign ticked on the
/// emergency card and submitted again from an earlier message. The emergency screen's own question reads
/// its answer itself.
/// </summary>
internal sealed class EmergencyWatch
{
    private const int NegationReach = 3;
    private readonly List<(string Code, string Phrase)> _phrases = [];
    private readonly List<string> _negations = [];

    public EmergencyWatch(ContentCatalog content)
    {
        ArgumentNullException.ThrowIfNull(content);
        foreach (var language in content.Languages)
        {
            foreach (var code in AnswerCodes.Emergency.Where(c => c != AnswerCodes.None))
            {
                _phrases.AddRange(content.List(language, $"{IntakeContentKeys.EmergencyWatchPrefix}.{code}").Select(p => (code, TextNormalizer.Normalize(p))));
            }

            _negations.AddRange(content.List(language, IntakeContentKeys.EmergencyNegations).Select(TextNormalizer.Normalize));
        }
    }

    /// <summary>The signs the patient's message names, or <c>null</c>.</summary>
    public IReadOnlyList<string>? Check(DialogContext dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        if (!dialog.Turn.Activity.IsType(Schema.ActivityTypes.Message) || dialog.ActiveDialog?.Id == IntakeSteps.Emergency)
        {
            return null;
        }

        // A sign ticked on the emergency card, submitted again later, counts as much as a typed one.
        var input = UserInput.From(dialog.Turn.Activity);
        if (input.CardChoices is { } codes)
        {
            var fromCard = codes.All(AnswerCodes.Emergency.Contains) ? codes.Where(c => c != AnswerCodes.None).ToList() : [];
            return fromCard.Count == 0 ? null : [.. AnswerCodes.Emergency.Where(fromCard.Contains)];
        }

        var text = TextNormalizer.Normalize(input.Text);
        var signs = _phrases.Where(p => Mentions(text, p.Phrase)).Select(p => p.Code).ToHashSet(StringComparer.Ordinal);
        return signs.Count == 0 ? null : [.. AnswerCodes.Emergency.Where(signs.Contains)];
    }

    private bool Mentions(string text, string phrase)
    {
        var at = PhraseMatcher.IndexOf(text, phrase);
        if (at < 0)
        {
            return false;
        }

        var before = text[..at].Split(' ', StringSplitOptions.RemoveEmptyEntries).TakeLast(NegationReach);
        var lead = string.Join(' ', before);
        return !_negations.Any(n => PhraseMatcher.Contains(lead, n));
    }
}
