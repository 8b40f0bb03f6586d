namespace Intake.Dialogs.Understanding;

/// <summary>Turns the lexicon's phrases into id sequences while a language file is read; the stems are computed here, once.</summary>
internal sealed class VocabularyBuilder(IStemmer stemmer, TextForms forms)
{
    private readonly Dictionary<string, int> byForm = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> byStem = new(StringComparer.Ordinal);
    private readonly List<Token> tokens = [];

    /// <summary>The ids of a phrase, normalised and stemmed as a typed message would be; null when it has no words.</summary>
    public int[]? Phrase(string text)
    {
        tokens.Clear();
        ClinicalTokenizer.Tokenize(text, forms, tokens);
        if (tokens.Count == 0 || tokens.Exists(t => t.Kind is TokenKind.Break or TokenKind.Question))
        {
            return null;
        }

        var ids = new int[tokens.Count];
        for (var i = 0; i < ids.Length; i++)
        {
            var word = tokens[i].Text;
            var stem = tokens[i].Kind == TokenKind.Comma ? word : stemmer.Stem(word);
            if (!byStem.TryGetValue(stem, out var id))
            {
                id = byStem.Count;
                byStem[stem] = id;
            }

            byForm[word] = id;
            ids[i] = id;
        }

        return ids;
    }

    public Vocabulary Build(IEnumerable<string> known) => new(byForm, byStem, known);
}
