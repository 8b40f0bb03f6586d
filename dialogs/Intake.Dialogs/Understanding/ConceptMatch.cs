namespace Intake.Dialogs.Understanding;

/// <summary>
/// A concept found in a clause: its span, the tokens that named it (which are then no trigger), whether only a
/// possible pattern named it, and the token from which its context is read (<see cref="First"/> unless the match
/// reuses words of an earlier one: then only its own new words).
/// </summary>
internal sealed record ConceptMatch(int Concept, int First, int Last, Occurrence[] Parts, bool Possible)
{
    public int ContextFrom { get; init; } = First;

    /// <summary>Whether the match reuses words of an earlier match of its pattern.</summary>
    public bool Reuses { get; init; }
}
