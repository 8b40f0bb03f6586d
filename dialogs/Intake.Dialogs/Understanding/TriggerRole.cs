namespace Intake.Dialogs.Understanding;

/// <summary>Where a trigger's scope lies, or what else a lexicon phrase does to scopes.</summary>
internal enum TriggerRole
{
    /// <summary>Stands before the concepts it qualifies ("no chest pain").</summary>
    Before,

    /// <summary>Stands after them ("chest pain is gone").</summary>
    After,

    /// <summary>Either side ("last year").</summary>
    Both,

    /// <summary>After the concept, and reaches back over one termination word ("had a fever but it's gone").</summary>
    Resolves,

    /// <summary>Closes the scope of earlier triggers of its kind ("my dad says I …" ends the other person).</summary>
    Ends,

    /// <summary>Looks like a trigger and is not one ("not only", "no doubt"); it hides the shorter trigger inside.</summary>
    Pseudo,

    /// <summary>Ends the clause, and every scope with it ("but", "pero", "sin embargo").</summary>
    Termination,

    /// <summary>Words that look like a concept's and are not ("fell asleep", "call me back"): no concept uses them.</summary>
    Ignore,

    /// <summary>
    /// Opens a clause that goes on about the last one's subject ("my chest doesn't hurt but it feels tight", "no me
    /// duele el pecho pero lo siento apretado"): a pattern begun before the termination word may end in it.
    /// </summary>
    Continues,
}
