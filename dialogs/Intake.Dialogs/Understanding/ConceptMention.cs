namespace Intake.Dialogs.Understanding;

/// <summary>One concept recognised in a message, with its ConText attributes and where it was read.</summary>
internal sealed record ConceptMention(string ConceptId, ConceptKind Kind, MentionContext Context, TokenSpan Span)
{
    /// <summary>Present, the patient's, current and certain: the sign is there.</summary>
    public bool IsAffirmed => Context == MentionContext.None;

    /// <summary>Possibly present now in the patient, but said with doubt: ask about it, never drop it.</summary>
    public bool IsPossible => Context == MentionContext.Uncertain;

    public bool Has(MentionContext attribute) => (Context & attribute) == attribute;
}
