using System.Collections.Frozen;

namespace Intake.Dialogs.Understanding;

/// <summary>
/// The understanding layer's front door: reads a patient's message into the concepts it mentions, each with its
/// ConText attributes, in the order they were written. Pure and thread-safe; it keeps and logs nothing.
/// </summary>
internal sealed class ClinicalReader(IReadOnlyList<ConceptDefinition> concepts, IReadOnlyDictionary<string, LanguageLexicon> lexicons)
{
    private const int NotAWord = -2;
    private readonly FrozenDictionary<string, LanguageLexicon> byLanguage = lexicons.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<ConceptDefinition> Concepts { get; } = concepts;

    /// <summary>The concepts in <paramref name="text"/>, read with the lexicon of <paramref name="language"/> ("en", "es-MX", …; English when unknown).</summary>
    public IReadOnlyList<ConceptMention> Read(string text, string language)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lexicon = LexiconFor(language);
        var tokens = new List<Token>(text.Length / 4 + 4);
        ClinicalTokenizer.Tokenize(text, lexicon.Forms, tokens);
        if (tokens.Count == 0)
        {
            return [];
        }

        var ids = new int[tokens.Count];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = tokens[i].Kind switch
            {
                TokenKind.Word => lexicon.Vocabulary.Resolve(tokens[i].Text, lexicon.Stemmer),
                TokenKind.Comma => lexicon.Vocabulary.OfStem(","),
                _ => NotAWord,
            };
        }

        var masked = new bool[ids.Length];
        var hits = new List<TriggerHit>();
        ContextAnnotator.FindTriggers(lexicon, ids, masked, 0, ids.Length, hits);
        var clauses = ClauseSplitter.Split(tokens, hits);
        foreach (var hit in hits)
        {
            if (hit.Trigger.Role == TriggerRole.Ignore)
            {
                Array.Fill(ids, NotAWord, hit.First, hit.Last - hit.First + 1);
            }
        }

        var mentions = new List<ConceptMention>();
        var matches = new List<ConceptMatch>();
        var occurrences = new List<Occurrence>();
        var previous = 0;
        var before = default(Clause);
        foreach (var clause in clauses)
        {
            matches.Clear();
            hits.Clear();
            ConceptMatcher.Match(lexicon, ids, clause.Start, clause.End, matches, occurrences);
            // "my chest doesn't hurt. it feels tight": a new sentence may go on about the last one's subject too.
            if ((clause.AfterTermination || clause.AfterSentence) && ContextAnnotator.Continues(lexicon, ids, clause.Start, clause.End))
            {
                Carry(lexicon, ids, before, clause, matches, occurrences);
            }

            before = clause;
            if (matches.Count > 1)
            {
                RemoveHidden(matches);
            }
            foreach (var match in matches)
            {
                foreach (var part in match.Parts)
                {
                    Array.Fill(masked, true, part.First, part.Last - part.First + 1);
                }
            }

            ContextAnnotator.FindTriggers(lexicon, ids, masked, clause.Start, clause.End, hits);
            if (clause.AfterTermination && hits.Exists(h => h.Trigger.Role == TriggerRole.Resolves))
            {
                for (var m = previous; m < mentions.Count; m++)
                {
                    mentions[m] = mentions[m] with { Context = mentions[m].Context | MentionContext.Historical };
                }
            }

            previous = mentions.Count;
            matches.Sort(static (a, b) => a.First.CompareTo(b.First));
            foreach (var match in matches)
            {
                // A match reusing words of an earlier one takes the context of its own words and, unless the patient
                // goes on about the same thing ("no me duele el pecho, solo lo siento apretado"), of its first word.
                var context = !match.Reuses
                    ? ContextAnnotator.ContextOf(lexicon, hits, match.First, match.Last)
                    : ContextAnnotator.ContextOf(lexicon, hits, match.ContextFrom, match.Last)
                        | (hits.Exists(h => h.Trigger.Role == TriggerRole.Continues && h.First > match.First && h.Last < match.ContextFrom)
                            ? MentionContext.None
                            : ContextAnnotator.ContextOf(lexicon, hits, match.First, match.First));
                if (match.Possible && (context & ~MentionContext.Uncertain) == MentionContext.None)
                {
                    context |= MentionContext.Uncertain;
                }

                mentions.Add(Mention(tokens, match, Safely(context, clause.IsQuestion)));
            }

            DropRedundantReuses(matches, mentions, previous);
        }

        return mentions;
    }

    // A match that reuses an earlier one's words adds a mention only where it says something new: "chest … tight"
    // after a denied "chest … hurt" is asked about; after an affirmed one, or as denied as it, it is dropped.
    private static void DropRedundantReuses(List<ConceptMatch> matches, List<ConceptMention> mentions, int first)
    {
        for (var m = matches.Count - 1; m >= 0; m--)
        {
            var match = matches[m];
            if (!match.Reuses)
            {
                continue;
            }

            var reuse = mentions[first + m];
            for (var o = 0; o < matches.Count; o++)
            {
                var other = mentions[first + o];
                if (o != m && !matches[o].Reuses && other.ConceptId == reuse.ConceptId
                    && (other.Context == MentionContext.None || other.Context == reuse.Context))
                {
                    mentions.RemoveAt(first + m);
                    break;
                }
            }
        }
    }

    // "my chest doesn't hurt but it feels tight", "un calambre en la pantorrilla y ahora está hinchada": the clause goes on
    // about what the last one named, so a pattern may begin there and end here; its context is this clause's alone.
    private static void Carry(LanguageLexicon lexicon, int[] ids, Clause before, Clause clause, List<ConceptMatch> matches, List<Occurrence> occurrences)
    {
        var carried = new List<ConceptMatch>();
        ConceptMatcher.Match(lexicon, ids, before.Start, clause.End, carried, occurrences, reach: clause.Start);
        foreach (var match in carried)
        {
            if (match.First < clause.Start && !matches.Exists(m => m.Concept == match.Concept))
            {
                matches.Add(match);
            }
        }
    }

    // A concept hides those it contains ("both legs weak" is no one-sided weakness); a possible reading yields to a
    // certain one of the same words that weighs as much ("numb between my legs" is no weak legs), not to a lesser one
    // ("my legs feel weak" is still asked about).
    private void RemoveHidden(List<ConceptMatch> matches)
    {
        var hidden = new bool[matches.Count];
        for (var i = 0; i < matches.Count; i++)
        {
            var concept = Concepts[matches[i].Concept];
            for (var j = 0; j < matches.Count && !hidden[i]; j++)
            {
                var other = matches[j];
                hidden[i] = !other.Possible && (Concepts[other.Concept].Hides.Contains(concept.Id)
                    || (matches[i].Possible && other.Concept != matches[i].Concept && Concepts[other.Concept].Kind <= concept.Kind && Shares(other, matches[i])));
            }
        }

        var kept = 0;
        for (var i = 0; i < matches.Count; i++)
        {
            if (!hidden[i])
            {
                matches[kept++] = matches[i];
            }
        }

        matches.RemoveRange(kept, matches.Count - kept);
    }

    private static bool Shares(ConceptMatch one, ConceptMatch other)
        => Array.Exists(one.Parts, a => Array.Exists(other.Parts, b => a.First <= b.Last && b.First <= a.Last));

    private LanguageLexicon LexiconFor(string? language)
    {
        var code = string.IsNullOrEmpty(language) ? "en" : language;
        var cut = code.IndexOfAny(['-', '_']);
        return byLanguage.TryGetValue(cut < 0 ? code : code[..cut], out var lexicon) ? lexicon : byLanguage["en"];
    }

    /// <summary>Doubt wins over denial and over "if": "I don't think I have chest pain", "not sure if I passed out" are asked about, never taken as a no.</summary>
    private static MentionContext Safely(MentionContext context, bool question)
    {
        if (question && (context & MentionContext.Hypothetical) == 0)
        {
            context |= MentionContext.Uncertain;
        }

        return (context & MentionContext.Uncertain) != 0 ? context & ~(MentionContext.Negated | MentionContext.Hypothetical) : context;
    }

    private ConceptMention Mention(List<Token> tokens, ConceptMatch match, MentionContext context)
    {
        var offset = tokens[match.First].Offset;
        var end = tokens[match.Last].Offset + tokens[match.Last].Length;
        var concept = Concepts[match.Concept];
        return new ConceptMention(concept.Id, concept.Kind, context, new TokenSpan(match.First, match.Last, offset, end - offset));
    }
}
