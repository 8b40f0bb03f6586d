namespace Intake.Dialogs.Understanding;

/// <summary>
/// Cuts a message into clauses at sentence ends and at termination words ("but", "pero", "sin embargo"). A
/// fragment of one or two words with no trigger, cut off by a full stop or "!" ("my chest!!! hurts", "PECHO.
/// DUELE"), is read with the sentence after it: patients type a sign in bursts.
/// </summary>
internal static class ClauseSplitter
{
    private const int FragmentWords = 2;

    public static List<Clause> Split(List<Token> tokens, List<TriggerHit> hits)
    {
        var clauses = new List<Clause>();
        var start = 0;
        var afterTermination = false;
        var afterSentence = false;
        var hit = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            while (hit < hits.Count && hits[hit].Last < i)
            {
                hit++;
            }

            var termination = hit < hits.Count && hits[hit].First == i && hits[hit].Trigger.Role == TriggerRole.Termination;
            if (termination)
            {
                Add(clauses, start, i, afterTermination, question: false, afterSentence);
                i = hits[hit].Last;
                start = i + 1;
                afterTermination = true;
                afterSentence = false;
            }
            else if (tokens[i].Kind == TokenKind.Break && IsFragment(tokens, hits, start, i))
            {
                continue;
            }
            else if (tokens[i].Kind is TokenKind.Break or TokenKind.Question)
            {
                Add(clauses, start, i, afterTermination, tokens[i].Kind == TokenKind.Question, afterSentence);
                start = i + 1;
                afterTermination = false;
                afterSentence = tokens[i].Kind == TokenKind.Break;
            }
        }

        Add(clauses, start, tokens.Count, afterTermination, question: false, afterSentence);
        return clauses;
    }

    private static bool IsFragment(List<Token> tokens, List<TriggerHit> hits, int start, int end)
    {
        var words = 0;
        for (var i = start; i < end; i++)
        {
            // A question mark always ends its clause, so none lies between start and end.
            if (tokens[i].Kind == TokenKind.Word && ++words > FragmentWords)
            {
                return false;
            }
        }

        if (words == 0 || end + 1 >= tokens.Count)
        {
            return false;
        }

        // A trigger that gives context ("no.", "my dad.", "last year.") keeps its sentence; "my" only closes scopes.
        foreach (var hit in hits)
        {
            if (hit.Last >= start && hit.First < end && hit.Trigger.Role != TriggerRole.Ends)
            {
                return false;
            }
        }

        return true;
    }

    private static void Add(List<Clause> clauses, int start, int end, bool afterTermination, bool question, bool afterSentence)
    {
        if (end > start)
        {
            clauses.Add(new Clause(start, end, afterTermination, question, afterSentence));
        }
    }
}
