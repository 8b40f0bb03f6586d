namespace Intake.Dialogs.Understanding;

/// <summary>
/// One language's compiled lexicon: its stemmer, typed forms, vocabulary, concept patterns and context
/// triggers, with both indexed by their first word so a message is read in one pass over its tokens.
/// </summary>
internal sealed class LanguageLexicon
{
    private readonly PatternEntry[][] patternsByWord;
    private readonly Trigger[][] triggersByWord;

    public LanguageLexicon(
        string language,
        IStemmer stemmer,
        TextForms forms,
        Vocabulary vocabulary,
        IReadOnlyList<ConceptPattern> patterns,
        IReadOnlyList<Trigger> triggers,
        IReadOnlyList<int> scopes)
    {
        Language = language;
        Stemmer = stemmer;
        Forms = forms;
        Vocabulary = vocabulary;
        Patterns = patterns;
        Scopes = scopes;
        var count = vocabulary.Count;
        var byWord = new List<PatternEntry>?[count];
        for (var p = 0; p < patterns.Count; p++)
        {
            for (var s = 0; s < patterns[p].Slots.Length; s++)
            {
                for (var a = 0; a < patterns[p].Slots[s].Length; a++)
                {
                    (byWord[patterns[p].Slots[s][a][0]] ??= []).Add(new PatternEntry(p, s, a));
                }
            }
        }

        patternsByWord = [.. byWord.Select(list => list?.ToArray() ?? [])];
        var triggerLists = new List<Trigger>?[count];
        foreach (var trigger in triggers)
        {
            (triggerLists[trigger.Words[0]] ??= []).Add(trigger);
        }

        triggersByWord = [.. triggerLists.Select(list => list?.OrderByDescending(t => t.Words.Length).ToArray() ?? [])];
    }

    public string Language { get; }

    public IStemmer Stemmer { get; }

    public TextForms Forms { get; }

    public Vocabulary Vocabulary { get; }

    public IReadOnlyList<ConceptPattern> Patterns { get; }

    /// <summary>How many tokens a trigger of each <see cref="TriggerKind"/> reaches.</summary>
    public IReadOnlyList<int> Scopes { get; }

    public ReadOnlySpan<PatternEntry> PatternsStartingWith(int word) => word < 0 ? [] : patternsByWord[word];

    /// <summary>Triggers whose first word is <paramref name="word"/>, longest first.</summary>
    public ReadOnlySpan<Trigger> TriggersStartingWith(int word) => word < 0 ? [] : triggersByWord[word];

    /// <summary>True when the phrase's ids stand at <paramref name="at"/> and end before <paramref name="end"/>.</summary>
    public static bool PhraseAt(ReadOnlySpan<int> ids, int at, int end, int[] phrase)
        => at + phrase.Length <= end && ids.Slice(at, phrase.Length).SequenceEqual(phrase);
}
