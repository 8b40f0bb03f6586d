namespace Intake.Dialogs.Triage;

/// <summary>The shape of an answer, which decides the conditions a rule may test it with.</summary>
internal enum AnswerFieldKind
{
    /// <summary>Several codes (<c>anyOf</c>).</summary>
    Codes,

    /// <summary>One code (<c>anyOf</c>, <c>equals</c>).</summary>
    Code,

    /// <summary>Yes or no (<c>equals: true|false</c>).</summary>
    Flag,

    /// <summary>A number (<c>atLeast</c>).</summary>
    Number,
}
