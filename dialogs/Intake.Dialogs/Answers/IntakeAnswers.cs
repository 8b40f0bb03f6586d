namespace Intake.Dialogs.Answers;

/// <summary>
/// What the patient answered, as codes (see <see cref="AnswerCodes"/>), never as their words. This is
/// what triage reads, what the summary shows and, with consent, what is kept.
/// </summary>
/// <remarks>Setters, not <c>init</c>: the source-generated serializer reads init-only members through its slower
/// parameterized-constructor path, and this record is read on every turn.</remarks>
public sealed record IntakeAnswers
{
    /// <summary>Agreed to go on and to have the answers kept for the clinic.</summary>
    public bool? Consent { get; set; }

    /// <summary>Emergency-screen signs (<see cref="AnswerCodes.Emergency"/>); <c>["none"]</c> when none.</summary>
    public IReadOnlyList<string>? Emergency { get; set; }

    /// <summary>The age band of the person with the spasms (<see cref="AnswerCodes.Age"/>).</summary>
    public string? Age { get; set; }

    /// <summary>Where the spasms happen (<see cref="AnswerCodes.Location"/>).</summary>
    public IReadOnlyList<string>? Locations { get; set; }

    /// <summary>How long one spasm lasts (<see cref="AnswerCodes.Duration"/>).</summary>
    public string? Duration { get; set; }

    /// <summary>First time, or for how long they have been happening (<see cref="AnswerCodes.History"/>).</summary>
    public string? History { get; set; }

    /// <summary>Getting worse or more frequent.</summary>
    public bool? Worsening { get; set; }

    /// <summary>Pain from 0 (none) to 10 (worst imaginable).</summary>
    public int? Intensity { get; set; }

    /// <summary>What comes with the spasms (<see cref="AnswerCodes.Symptoms"/>).</summary>
    public IReadOnlyList<string>? Symptoms { get; set; }

    /// <summary>What happened before a spasm (<see cref="AnswerCodes.Triggers"/>).</summary>
    public IReadOnlyList<string>? Triggers { get; set; }

    /// <summary>The article's "see a medical expert" list (<see cref="AnswerCodes.RedFlags"/>).</summary>
    public IReadOnlyList<string>? RedFlags { get; set; }

    /// <summary>Nerve and movement signs and known conditions (<see cref="AnswerCodes.Nerve"/>).</summary>
    public IReadOnlyList<string>? Nerve { get; set; }

    /// <summary>The standard red flags for back and muscle pain (<see cref="AnswerCodes.Background"/>).</summary>
    public IReadOnlyList<string>? Background { get; set; }

    /// <summary>
    /// Emergency signs read in the patient's words that the patient then said they do not have ("I don't have
    /// that"), as <see cref="AnswerCodes.Emergency"/> codes: the record keeps both what was heard and the correction.
    /// Not a question: triage never reads it.
    /// </summary>
    public IReadOnlyList<string>? Corrected { get; set; }

    /// <summary>
    /// The questions (step ids) answered from a message given before they were asked, not yet confirmed by the
    /// patient: the facts confirmation shows them when the first of them is reached. Not an answer: triage never reads it.
    /// </summary>
    public IReadOnlyList<string>? Ahead { get; set; }
}
