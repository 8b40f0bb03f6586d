namespace Intake.Dialogs.Understanding;

/// <summary>ConText over one clause: finds its triggers (longest first, never on a concept's own words) and gives each mention the properties in whose scope it stands.</summary>
internal static class ContextAnnotator
{
    public static void FindTriggers(LanguageLexicon lexicon, ReadOnlySpan<int> ids, ReadOnlySpan<bool> masked, int start, int end, List<TriggerHit> hits)
    {
        var i = start;
        while (i < end)
        {
            var found = 0;
            foreach (var trigger in lexicon.TriggersStartingWith(ids[i]))
            {
                var length = trigger.Words.Length;
                var marker = trigger.Role is TriggerRole.Ends or TriggerRole.Continues;
                if ((found > 0 && length < found && !marker)
                    || !LanguageLexicon.PhraseAt(ids, i, end, trigger.Words) || (!OpensOwnSign(trigger) && masked.Slice(i, length).Contains(true)))
                {
                    continue;
                }

                // An ending ("i", "my") is kept even inside a longer phrase; the same words may serve several kinds.
                hits.Add(new TriggerHit(trigger, i, i + length - 1));
                if (!marker)
                {
                    found = Math.Max(found, length);
                }
            }

            i += Math.Max(1, found);
        }
    }

    public static MentionContext ContextOf(LanguageLexicon lexicon, List<TriggerHit> hits, int first, int last)
    {
        var context = MentionContext.None;
        foreach (var hit in hits)
        {
            var role = hit.Trigger.Role;
            if (role is TriggerRole.Ends or TriggerRole.Pseudo or TriggerRole.Termination or TriggerRole.Ignore or TriggerRole.Continues)
            {
                continue;
            }

            var kind = hit.Trigger.Kind;
            var scope = lexicon.Scopes[(int)kind];
            var inside = hit.First > first && hit.Last < last;
            // Someone else's scope may also end on the concept's own first word (OpensOwnSign).
            var before = role is TriggerRole.Before or TriggerRole.Both && hit.Last < first
                && first - hit.Last <= scope && !Closed(hits, kind, hit.Last, kind == TriggerKind.Other ? first + 1 : first);
            var after = role is TriggerRole.After or TriggerRole.Both or TriggerRole.Resolves && hit.First > last
                && hit.First - last <= scope && !Closed(hits, kind, last, hit.First);
            if (inside || before || after)
            {
                context |= Flag(kind);
            }
        }

        return context;
    }

    /// <summary>Whether a <see cref="TriggerRole.Continues"/> phrase opens the clause at <paramref name="start"/>.</summary>
    public static bool Continues(LanguageLexicon lexicon, ReadOnlySpan<int> ids, int start, int end)
    {
        foreach (var trigger in lexicon.TriggersStartingWith(ids[start]))
        {
            if (trigger.Role == TriggerRole.Continues && LanguageLexicon.PhraseAt(ids, start, end, trigger.Words))
            {
                return true;
            }
        }

        return false;
    }

    public static MentionContext Flag(TriggerKind kind) => kind switch
    {
        TriggerKind.Negated => MentionContext.Negated,
        TriggerKind.Historical => MentionContext.Historical,
        TriggerKind.Hypothetical => MentionContext.Hypothetical,
        TriggerKind.Other => MentionContext.Other,
        _ => MentionContext.Uncertain,
    };

    // "mi esposo dice que hablo enredado": a first-person word that opens the sign itself ("hablo", "tengo") makes it the
    // patient's, so someone else's scope may end on a concept's own first word.
    private static bool OpensOwnSign(Trigger trigger) => trigger.Role == TriggerRole.Ends && trigger.Kind == TriggerKind.Other;

    private static bool Closed(List<TriggerHit> hits, TriggerKind kind, int from, int to)
    {
        foreach (var hit in hits)
        {
            if (hit.Trigger.Role == TriggerRole.Ends && hit.Trigger.Kind == kind && hit.First > from && hit.Last < to)
            {
                return true;
            }
        }

        return false;
    }
}
