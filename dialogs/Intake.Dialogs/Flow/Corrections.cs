using Intake.Bots.Content;
using Intake.Bots.Dialogs;
using Intake.Bots.Dialogs.Prompts;
using Intake.Bots.Recognizers;
using Intake.Dialogs.Answers;
using Intake.Dialogs.Triage;

namespace Intake.Dialogs.Flow;

/// <summary>
/// A correction of an earlier answer typed at any later question or at the summary: "actually the pain is 7", "no
/// wait, it's my neck", "cambia el dolor a 6", "en realidad es el cuello". Only explicit correction wording counts
/// (<c>corrections.words</c>); what is left once it is taken out is read by the prompts of the questions already
/// answered (not the open one, which reads its own answers). Exactly one answer that changes is taken, named in one
/// line, and the open question is asked again (at the summary, the summary is shown again first). Several possible
/// answers are told apart by the question's topic words (<c>corrections.topics.{step}</c>: "pain"), else the patient
/// is asked to say which; none leaves the message to the open question ("actually, a few seconds").
/// </summary>
internal sealed class Corrections
{
    public const string WordsKey = "corrections.words";
    public const string UnclearKey = "corrections.unclear";

    private readonly IReadOnlyList<IntakeQuestion> _questions;
    private readonly IntakeOutcome _outcome;
    private readonly Dictionary<string, string[]> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Language, string Step), string[]> _topics = [];

    public Corrections(ContentCatalog content, IReadOnlyList<IntakeQuestion> questions, IntakeOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(questions);
        ArgumentNullException.ThrowIfNull(outcome);
        _questions = [.. questions.Where(q => q.Reviewed)];
        _outcome = outcome;
        foreach (var language in content.Languages)
        {
            _words[language] = [.. Normalized(content.List(language, WordsKey))];
            foreach (var question in _questions)
            {
                _topics[(language, question.Step)] = [.. Normalized(content.List(language, TopicsKey(question)))];
            }
        }
    }

    /// <summary>Every content key it reads (checked at start-up).</summary>
    public IEnumerable<string> ContentKeys => [WordsKey, UnclearKey, .. _questions.Select(TopicsKey)];

    public async ValueTask<CommandOutcome?> CheckAsync(DialogContext dialog, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        var text = dialog.NormalizedText;
        if (text.Length == 0 || dialog.Stack.Dialogs is not [{ Id: IntakeDialog.Id }, .., var open] || dialog.Dialogs.Find(open.Id) is not PromptDialog
            || (open.Id != IntakeSteps.Confirm && _questions.All(q => q.Step != open.Id))
            || dialog.Turn.State.Conversation.Get(IntakeStateKeys.Answers) is not { } answers)
        {
            return null;
        }

        var rest = PhraseMatcher.Without(text, _words.GetValueOrDefault(dialog.Language) ?? []);
        if (rest.Length == 0 || string.Equals(rest, text.Trim(), StringComparison.Ordinal))
        {
            return null;
        }

        var numbersOnly = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => w.All(char.IsAsciiDigit));
        var changes = new List<(IntakeQuestion Question, IntakeAnswers Answers)>();
        foreach (var question in _questions.Where(q => q.Step != open.Id && q.IsAnswered(answers)))
        {
            // A bare number is no position in a list the patient is not looking at; "change how long" names the question
            // with no new answer (at the summary, that question is asked).
            if ((numbersOnly && question.Answer.Kind != AnswerFieldKind.Number) || OnlyTopic(rest, _topics[(dialog.Language, question.Step)])
                || dialog.Dialogs.Find(question.Step) is not PromptDialog prompt
                || await prompt.RecognizeAsync(dialog, new UserInput { Text = rest }, cancellationToken) is not { } answer)
            {
                continue;
            }

            var changed = question.Record(answers, answer);
            if (!string.Equals(_outcome.Fact(dialog, answers, question), _outcome.Fact(dialog, changed, question), StringComparison.Ordinal))
            {
                changes.Add((question, changed));
            }
        }

        if (changes.Count > 1)
        {
            changes = [.. changes.Where(c => _topics[(dialog.Language, c.Question.Step)].Any(topic => PhraseMatcher.Contains(rest, topic)))];
            if (changes.Count != 1)
            {
                dialog.SendText(UnclearKey);
                return CommandOutcome.Reprompt;
            }
        }

        if (changes is not [var (corrected, updated)])
        {
            return null;
        }

        dialog.Turn.State.Conversation.Set(IntakeStateKeys.Answers, updated);
        FactsConfirmation.SendChanged(dialog, updated, corrected, _outcome);
        if (open.Id == IntakeSteps.Confirm)
        {
            _outcome.SendSummary(dialog, updated, asQuestion: true);
        }

        return CommandOutcome.Reprompt;
    }

    private static bool OnlyTopic(string rest, string[] topics) => PhraseMatcher.Without(rest, topics).Length == 0;

    private static string TopicsKey(IntakeQuestion question) => $"corrections.topics.{question.Step}";

    private static IEnumerable<string> Normalized(IEnumerable<string> phrases)
        => phrases.Select(TextNormalizer.Normalize).Where(p => p.Length > 0).Distinct(StringComparer.Ordinal).OrderByDescending(p => p.Length);
}
