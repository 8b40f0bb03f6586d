using Intake.Dialogs.Understanding;

namespace Intake.Dialogs.Flow;

/// <summary>
/// Decides what a message's concepts (read once by the <see cref="ClinicalReader"/>) mean for safety
/// (INTAKE.md §2 row 9 and "Understanding free text"): self-harm (even as a "what if") → the crisis message; an affirmed emergency sign,
/// or two concepts that make one (fever and a stiff neck) → 911; a sign said with doubt, or trouble speaking with no sudden onset, → one check question;
/// someone else's or a hypothetical sign → the advice as information; only denied or past signs → "none" at the
/// screen. Pure: it keeps and logs nothing.
/// </summary>
internal static class EmergencyWatch
{
    /// <summary>What <paramref name="mentions"/> mean for safety, or <c>null</c> when they name no sign at all.</summary>
    public static EmergencyHearing? Hear(IReadOnlyList<ConceptMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        if (mentions.Count == 0)
        {
            return null;
        }

        // "What if I want to kill myself" is the patient's own thought, said at arm's length: the crisis message too.
        var crisis = Signs(mentions, m => m.Kind == ConceptKind.Crisis && (m.Context & ~(MentionContext.Uncertain | MentionContext.Hypothetical)) == MentionContext.None);
        if (crisis.Count > 0)
        {
            return new EmergencyHearing(EmergencyHeard.Crisis, crisis);
        }

        var affirmed = Signs(mentions, m => m.Kind == ConceptKind.Emergency && m.IsAffirmed);
        affirmed.AddRange(Paired(mentions, m => m.IsAffirmed));
        var sudden = mentions.Any(m => m.ConceptId == EmergencySigns.SuddenOnset && m.IsAffirmed);
        if (affirmed.Count > 0 && affirmed.All(s => (EmergencySigns.NeedsOnset(s) && !sudden) || EmergencySigns.NeedsSeverity(s)))
        {
            // "trouble speaking" alone is also a row-8 nerve sign: whether it started suddenly decides, so ask;
            // spasms after a crash or a fall from a height are an emergency with severe pain or a limb that looks wrong: ask.
            return new EmergencyHearing(EmergencyHeard.Check, affirmed);
        }

        if (affirmed.Count > 0)
        {
            return new EmergencyHearing(EmergencyHeard.Emergency, affirmed);
        }

        var possible = Signs(mentions, m => IsDanger(m) && m.IsPossible);
        possible.AddRange(Paired(mentions, m => m.IsAffirmed || m.IsPossible));
        if (possible.Count > 0)
        {
            return new EmergencyHearing(EmergencyHeard.Check, possible);
        }

        var others = Signs(mentions, m => IsDanger(m) && !m.Has(MentionContext.Negated) && !m.Has(MentionContext.Historical)
            && (m.Has(MentionContext.Other) || m.Has(MentionContext.Hypothetical)));

        // A parent typing for a child ("mi hija tiene fiebre y no quiere apoyar la pierna"): the pair is someone else's, so 911 for them.
        others.AddRange(Paired(mentions, m => !m.Has(MentionContext.Negated) && !m.Has(MentionContext.Historical)));
        if (others.Count > 0)
        {
            return new EmergencyHearing(EmergencyHeard.Information, others);
        }

        var denied = Signs(mentions, m => !m.IsAffirmed && !m.IsPossible);
        return denied.Count > 0 ? new EmergencyHearing(EmergencyHeard.Denied, denied) : null;
    }

    private static bool IsDanger(ConceptMention mention) => mention.Kind is ConceptKind.Emergency or ConceptKind.Crisis;

    private static List<string> Signs(IReadOnlyList<ConceptMention> mentions, Func<ConceptMention, bool> which)
    {
        var signs = new List<string>();
        foreach (var mention in mentions)
        {
            if (which(mention) && !signs.Contains(mention.ConceptId, StringComparer.Ordinal))
            {
                signs.Add(mention.ConceptId);
            }
        }

        return signs;
    }

    // Row 9's two-concept signs: both concepts in the message, each in a context that counts (both
    // affirmed for 911; each affirmed or possible for a check). The pair wins over the sign read as only possible:
    // "cut on a rusty wire, now i can't open my mouth" is tetanus, not a question about it.
    private static IEnumerable<string> Paired(IReadOnlyList<ConceptMention> mentions, Func<ConceptMention, bool> counts)
    {
        foreach (var (first, seconds, sign, firstMayBePast) in EmergencySigns.Pairs)
        {
            if (mentions.Any(m => m.ConceptId == first && (counts(m) || (firstMayBePast && counts(m with { Context = m.Context & ~MentionContext.Historical }))))
                && mentions.Any(m => seconds.Contains(m.ConceptId) && counts(m))
                && !mentions.Any(m => m.ConceptId == sign && counts(m)))
            {
                yield return sign;
            }
        }
    }
}
