namespace Intake.Benchmarks;

/// <summary>
/// The user's side of one whole intake, typed as a patient would, with the question each answer must
/// lead to. The driver checks the protocol on every target and, against Intake, that each answer moved
/// the conversation to the expected step and ended at the expected care level: a fast wrong answer,
/// or a re-prompt, counts as an error.
/// </summary>
internal static class IntakeScript
{
    /// <summary>The user turns, in order.</summary>
    public static IReadOnlyList<ScriptTurn> Turns { get; } =
    [
        ScriptTurn.Join("consent"),
        ScriptTurn.Say("yes", "emergency"),
        ScriptTurn.Say("none", "age"),
        ScriptTurn.Say("45", "location"),
        ScriptTurn.Say("my lower back", "duration"),
        ScriptTurn.Say("a few seconds", "history"),
        ScriptTurn.Say("a few days", "worsening"),
        ScriptTurn.Say("no", "intensity"),
        ScriptTurn.Say("3", "symptoms"),
        ScriptTurn.Say("tightness", "triggers"),
        ScriptTurn.Say("when I'm tired", "redflags"),
        ScriptTurn.Say("none", "nerve"),
        ScriptTurn.Say("none", "background"),
        ScriptTurn.Say("none", "confirm"),
        ScriptTurn.Finish("yes", "self-care"),
    ];
}
