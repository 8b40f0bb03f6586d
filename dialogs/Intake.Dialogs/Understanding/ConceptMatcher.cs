using System.Runtime.InteropServices;

namespace Intake.Dialogs.Understanding;

/// <summary>Finds the concepts of one clause: every pattern whose slots all occur near each other, one match per concept.</summary>
internal static class ConceptMatcher
{
    /// <summary>
    /// The concepts of tokens <paramref name="start"/> to <paramref name="end"/>; with <paramref name="reach"/>, only
    /// matches that have a word at or after it, so a clause can finish a pattern begun in the one before.
    /// <paramref name="occurrences"/> is the caller's scratch list, reused from clause to clause.
    /// </summary>
    public static void Match(LanguageLexicon lexicon, ReadOnlySpan<int> ids, int start, int end, List<ConceptMatch> found, List<Occurrence> occurrences, int reach = 0)
    {
        occurrences.Clear();
        for (var i = start; i < end; i++)
        {
            foreach (var entry in lexicon.PatternsStartingWith(ids[i]))
            {
                var phrase = lexicon.Patterns[entry.Pattern].Slots[entry.Slot][entry.Alternative];
                if (LanguageLexicon.PhraseAt(ids, i, end, phrase))
                {
                    occurrences.Add(new Occurrence(entry.Pattern, entry.Slot, i, i + phrase.Length - 1));
                }
            }
        }

        if (occurrences.Count == 0)
        {
            return;
        }

        occurrences.Sort(static (a, b) => a.Pattern != b.Pattern ? a.Pattern.CompareTo(b.Pattern)
            : a.Slot != b.Slot ? a.Slot.CompareTo(b.Slot) : a.First.CompareTo(b.First));
        var first = 0;
        while (first < occurrences.Count)
        {
            var last = first;
            while (last + 1 < occurrences.Count && occurrences[last + 1].Pattern == occurrences[first].Pattern)
            {
                last++;
            }

            var pattern = lexicon.Patterns[occurrences[first].Pattern];
            var group = CollectionsMarshal.AsSpan(occurrences).Slice(first, last - first + 1);

            // The tightest match first, then any that reaches past it: "my chest doesn't hurt, just feels tight" is
            // "chest … hurt" (denied) and "chest … tight", a second mention whose context is read from "tight" on and
            // which, reusing a word the patient may have denied, is only possible (asked about, never dropped).
            var from = reach;
            var again = false;
            while (Best(pattern, group, from) is { } best)
            {
                // Every word of the pattern inside the span is the concept's, so "can not" in "can not catch my breath" is no negation.
                var low = best.Min(o => o.First);
                var high = best.Max(o => o.Last);
                var parts = new List<Occurrence>(group.Length);
                foreach (var o in group)
                {
                    if (o.First >= low && o.Last <= high)
                    {
                        parts.Add(o);
                    }
                }

                if (again && low < from)
                {
                    var own = best.Where(o => o.Last >= from).Min(o => o.First);
                    found.Add(new ConceptMatch(pattern.Concept, low, high, [.. parts], Possible: true) { ContextFrom = own, Reuses = true });
                }
                else
                {
                    Keep(found, new ConceptMatch(pattern.Concept, low, high, [.. parts], pattern.Possible));
                }

                from = high + 1;
                again = true;
                if (!Beyond(group, high))
                {
                    break;
                }
            }

            first = last + 1;
        }
    }

    // Whether any word of the group lies past the match just taken (else no later match can reach past it).
    private static bool Beyond(ReadOnlySpan<Occurrence> group, int high)
    {
        foreach (var occurrence in group)
        {
            if (occurrence.Last > high)
            {
                return true;
            }
        }

        return false;
    }

    private static void Keep(List<ConceptMatch> found, ConceptMatch match)
    {
        // The same concept said twice in a clause ("my dad had a heart attack, and my chest is tight") is two
        // mentions, each with its own context; two patterns reading the same words are one.
        var same = found.FindIndex(m => m.Concept == match.Concept && match.First <= m.Last && m.First <= match.Last);
        if (same < 0)
        {
            found.Add(match);
            return;
        }

        var kept = found[same];
        found[same] = new ConceptMatch(match.Concept, Math.Min(match.First, kept.First), Math.Max(match.Last, kept.Last), [.. kept.Parts, .. match.Parts], kept.Possible && match.Possible);
    }

    private static Occurrence[]? Best(ConceptPattern pattern, ReadOnlySpan<Occurrence> occurrences, int reach)
    {
        // Most groups miss a slot (a body word with no complaint near it): seen before anything is allocated.
        var seen = 0;
        foreach (var occurrence in occurrences)
        {
            seen |= 1 << occurrence.Slot;
        }

        if (seen != (1 << pattern.Slots.Length) - 1)
        {
            return null;
        }

        var bySlot = new List<Occurrence>[pattern.Slots.Length];
        foreach (var occurrence in occurrences)
        {
            if (!Inside(occurrences, occurrence))
            {
                (bySlot[occurrence.Slot] ??= []).Add(occurrence);
            }
        }

        var chosen = new Occurrence[bySlot.Length];
        Occurrence[]? best = null;
        var bestSpan = int.MaxValue;
        Search(pattern, bySlot, chosen, 0, reach, ref best, ref bestSpan);
        return best;
    }

    // A phrase inside a longer one of the same slot ("catch" in "can not catch") is the longer one.
    private static bool Inside(ReadOnlySpan<Occurrence> occurrences, Occurrence occurrence)
    {
        foreach (var o in occurrences)
        {
            if (o.Slot == occurrence.Slot && o != occurrence && o.First <= occurrence.First && o.Last >= occurrence.Last)
            {
                return true;
            }
        }

        return false;
    }

    private static void Search(ConceptPattern pattern, List<Occurrence>[] bySlot, Occurrence[] chosen, int slot, int reach, ref Occurrence[]? best, ref int bestSpan)
    {
        if (slot == bySlot.Length)
        {
            var span = chosen.Max(o => o.Last) - chosen.Min(o => o.First);
            if (span < bestSpan && chosen.Max(o => o.Last) >= reach)
            {
                bestSpan = span;
                best = [.. chosen];
            }

            return;
        }

        foreach (var candidate in bySlot[slot])
        {
            if (Fits(pattern, chosen, slot, candidate))
            {
                chosen[slot] = candidate;
                Search(pattern, bySlot, chosen, slot + 1, reach, ref best, ref bestSpan);
            }
        }
    }

    private static bool Fits(ConceptPattern pattern, Occurrence[] chosen, int slot, Occurrence candidate)
    {
        if (pattern.Ordered && slot > 0 && candidate.First <= chosen[slot - 1].Last)
        {
            return false;
        }

        var low = candidate.First;
        var high = candidate.Last;
        for (var i = 0; i < slot; i++)
        {
            if (candidate.First <= chosen[i].Last && chosen[i].First <= candidate.Last)
            {
                return false;
            }

            low = Math.Min(low, chosen[i].First);
            high = Math.Max(high, chosen[i].Last);
        }

        return high - low <= pattern.Window;
    }
}
