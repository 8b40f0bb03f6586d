using Intake.Bots.Choices;
using Intake.Bots.Content;
using Intake.Bots.Dialogs;
using Intake.Bots.Dialogs.Prompts;
using Intake.Bots.Recognizers;
using Intake.Dialogs.Answers;
using Intake.Dialogs.Triage;

namespace Intake.Dialogs.Flow;

/// <summary>
/// Reads the facts a typed message carries for questions not asked yet ("lower back spasms since monday, maybe
/// 4/10"), each with that question's own prompt (recognizer and validator), so no word list is repeated here.
/// The message is read clause by clause (split at . , ; ! ? and line breaks), and a fact is taken only when it is
/// confident: a clause holding a yes or no word is not read (a "yes" to consent is no "yes, getting worse"), a
/// clause of bare numbers is not read as a position in a list of choices, a number in a clause another question
/// reads is no pain score ("each one lasts a few seconds"), "none" (or no pain) is never taken ahead, and clauses
/// that give one question different single answers ("pain 5, no, 6") leave it to be asked.
/// </summary>
internal sealed class FactsAhead
{
    private static readonly char[] ClauseEnds = ['.', ',', ';', '!', '?', '\n'];

    private readonly ChoiceRecognizer _yesNo;
    private readonly Dictionary<string, HashSet<string>> _connectors = new(StringComparer.Ordinal);

    public FactsAhead(ContentCatalog content)
    {
        ArgumentNullException.ThrowIfNull(content);
        _yesNo = new ChoiceRecognizer(content, ChoiceList.FromContent(content, PromptKeys.Confirm, ["yes", "no"]), connectorsKey: null);
        foreach (var language in content.Languages)
        {
            _connectors[language] = [.. content.List(language, PromptKeys.Connectors).Select(TextNormalizer.Normalize)];
        }
    }

    /// <summary>
    /// The facts the turn's typed message gives for <paramref name="questions"/>, in their order; none for a card or a
    /// tap. <paramref name="answered"/>, the question the message answers, is not filled but still reads the clauses.
    /// </summary>
    public async ValueTask<IReadOnlyList<Fact>> ReadAsync(DialogContext dialog, IEnumerable<IntakeQuestion> questions, IntakeQuestion? answered, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        ArgumentNullException.ThrowIfNull(questions);
        if (dialog.Input.CardChoices is not null || dialog.Input.Text is not { Length: > 0 } text)
        {
            return [];
        }

        // A short answer of one clause ("my lower back", "a few days", "45") is its question's answer and nothing more:
        // reading it with every other question costs a turn three times over (the benchmark) for no fact.
        var all = Clauses(text);
        if (all.Count < 2 && CountWords(text) < MinWordsToReadAhead)
        {
            return [];
        }

        var clauses = all
            .Where(c => _yesNo.Recognize(new UserInput { Text = c }, dialog.Language, multiple: true) is null)
            .ToList();
        var candidates = questions.ToList();
        var readers = answered is null ? candidates : [.. candidates, answered];

        // What each question reads in each clause (null: nothing, or not read).
        var readings = new Dictionary<IntakeQuestion, PromptAnswer?[]>();
        foreach (var question in readers)
        {
            var read = new PromptAnswer?[clauses.Count];
            if (dialog.Dialogs.Find(question.Step) is PromptDialog prompt)
            {
                for (var i = 0; i < clauses.Count; i++)
                {
                    // A bare number is no position in a list of choices the patient is not looking at.
                    if (question.Answer.Kind == AnswerFieldKind.Number || !NumbersOnly(clauses[i], dialog.Language))
                    {
                        read[i] = await prompt.RecognizeAsync(dialog, new UserInput { Text = clauses[i] }, cancellationToken);
                    }
                }
            }

            readings[question] = read;
        }

        var facts = new List<Fact>();
        foreach (var question in candidates)
        {
            // A number is the weakest sign: in a clause another question reads ("each one lasts a few seconds") it is no score.
            var read = readings[question]
                .Select((answer, i) => question.Answer.Kind == AnswerFieldKind.Number && readers.Any(other => other != question && readings[other][i] is not null) ? null : answer)
                .OfType<PromptAnswer>()
                .ToList();
            if (Combine(question, read) is { } answer)
            {
                facts.Add(new Fact(question, answer));
            }
        }

        return facts;
    }

    private const int MinWordsToReadAhead = 4;

    private static int CountWords(string text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                words++;
            }

            inWord = letter;
        }

        return words;
    }

    /// <summary>The message's clauses, in order (split at . , ; ! ? and line breaks).</summary>
    public static IReadOnlyList<string> Clauses(string text)
        => text.Split(ClauseEnds, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Writes the facts into <paramref name="answers"/> and notes them as not yet confirmed (<see cref="IntakeAnswers.Ahead"/>).</summary>
    public static IntakeAnswers Fill(IntakeAnswers answers, IReadOnlyList<Fact> facts)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(facts);
        foreach (var fact in facts)
        {
            answers = fact.Question.Record(answers, fact.Answer);
        }

        return answers with { Ahead = [.. (answers.Ahead ?? []).Union(facts.Select(f => f.Question.Step), StringComparer.Ordinal)] };
    }

    // One answer from the clauses' readings: several codes add up; single answers must agree; "none" (or a pain of 0) is no fact.
    private static PromptAnswer? Combine(IntakeQuestion question, List<PromptAnswer> read)
    {
        PromptAnswer? taken = null;
        foreach (var answer in read)
        {
            if (answer.Choices?.Contains(AnswerCodes.None) == true || answer.Number == 0)
            {
                return null;
            }

            if (taken is null)
            {
                taken = answer;
            }
            else if (question.Answer.Kind == AnswerFieldKind.Codes && taken.Choices is { } before && answer.Choices is { } more)
            {
                taken = PromptAnswer.FromChoices([.. question.Answer.Codes.Where(c => before.Contains(c) || more.Contains(c))]);
            }
            else if (!Same(taken, answer))
            {
                return null;
            }
        }

        return taken;
    }

    private bool NumbersOnly(string clause, string language)
    {
        var connectors = _connectors.GetValueOrDefault(language) ?? [];
        return TextNormalizer.Normalize(clause).Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => w.All(char.IsAsciiDigit) || connectors.Contains(w));
    }

    private static bool Same(PromptAnswer a, PromptAnswer b)
        => a.Number == b.Number && a.Confirmed == b.Confirmed && (a.Choices ?? []).SequenceEqual(b.Choices ?? [], StringComparer.Ordinal);
}

/// <summary>One fact read ahead: the question it answers and the answer, as that question's prompt recognised it.</summary>
internal sealed record Fact(IntakeQuestion Question, PromptAnswer Answer);
