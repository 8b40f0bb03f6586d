using System.Collections.Frozen;
using Intake.Bots.Choices;
using Intake.Bots.Dialogs;
using Intake.Bots.Dialogs.Prompts;
using Intake.Bots.Recognizers;
using Intake.Dialogs.Answers;
using Intake.Dialogs.Understanding;

namespace Intake.Dialogs.Flow;

/// <summary>
/// The background red flags (INTAKE.md row 11), several at once: a card or button gives the codes; typed words
/// are read by the understanding layer, so "I had breast cancer 5 years ago" is cancer, "I'm not pregnant" and
/// "my mom had cancer" are not, and "maybe pregnant" counts as pregnant (doubt counts as yes on a safety
/// question). Words the layer has no concept for go to the choice words ("none", a label).
/// </summary>
internal sealed class BackgroundAnswerRecognizer(ChoiceList choices, ChoiceRecognizer choiceWords, ClinicalReader reader) : IAnswerRecognizer
{
    /// <summary>The concepts that answer the question, with the code each is kept as.</summary>
    public static readonly FrozenDictionary<string, string> Codes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["cancer-history"] = "cancer",
        ["weight-loss"] = "weight-loss",
        ["fever"] = "fever-unwell",
        ["feeling-unwell"] = "fever-unwell",
        ["night-pain"] = "night-pain",
        ["recent-fall"] = "recent-fall",
        ["serious-injury"] = "recent-fall",
        ["new-medicine"] = "new-medicine",
        ["pregnancy"] = "pregnant",
        ["foot-drop"] = "limb-weakness",
        ["limb-numbness"] = "limb-weakness",
        ["one-side-weakness"] = "limb-weakness",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Said of the past, these still answer the question ("cancer now or in the past", "a fall in the last weeks").
    private static readonly FrozenSet<string> PastCounts = new[] { "cancer", "recent-fall", "new-medicine", "weight-loss" }.ToFrozenSet(StringComparer.Ordinal);

    public ChoiceList? Choices => choices;

    public bool MultiSelect => true;

    public ValueTask<PromptAnswer?> RecognizeAsync(UserInput input, string language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.CardChoices is not null || input.Text is null)
        {
            return ValueTask.FromResult(Answer(choiceWords.Recognize(input, language, multiple: true)));
        }

        var present = new List<string>();
        var denied = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mention in reader.Read(input.Text, language))
        {
            if (!Codes.TryGetValue(mention.ConceptId, out var code))
            {
                continue;
            }

            if (Counts(mention.Context, code))
            {
                present.Add(code);
            }
            else
            {
                denied.Add(code);
            }
        }

        // The choice words add what the layer has no concept for; a code the layer read as denied, past or
        // someone else's is not taken back in by its bare words ("no cancer" holds the word "cancer").
        var words = choiceWords.Recognize(input, language, multiple: true) ?? [];
        var codes = AnswerCodes.Background.Where(c => present.Contains(c) || (words.Contains(c) && !denied.Contains(c))).ToList();
        if (codes.Count > 1)
        {
            codes.Remove(AnswerCodes.None);
        }

        if (codes.Count == 0 && denied.Count > 0)
        {
            codes.Add(AnswerCodes.None);
        }

        return ValueTask.FromResult(Answer(codes.Count == 0 ? null : codes));
    }

    private static bool Counts(MentionContext context, string code)
    {
        if ((context & MentionContext.Other) != 0)
        {
            return false;
        }

        if ((context & MentionContext.Uncertain) != 0)
        {
            return true;
        }

        if ((context & (MentionContext.Negated | MentionContext.Hypothetical)) != 0)
        {
            return false;
        }

        return (context & MentionContext.Historical) == 0 || PastCounts.Contains(code);
    }

    private static PromptAnswer? Answer(IReadOnlyList<string>? codes) => codes is null ? null : PromptAnswer.FromChoices(codes);
}
