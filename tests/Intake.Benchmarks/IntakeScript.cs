namespace Intake.Benchmarks;

/// <summary>
/// The user's side of one intake conversation: a conversationUpdate join, then one message per
/// question in INTAKE.md order. Update the answers here as the intake grows; the driver checks only
/// the protocol (conversation id, replyToId, valid JSON, at least one reply per message), never texts.
/// </summary>
internal static class IntakeScript
{
    /// <summary>The user turns, in order.</summary>
    public static IReadOnlyList<ScriptTurn> Turns { get; } =
    [
        ScriptTurn.Join(),
        ScriptTurn.Say("yes"),          // consent
        ScriptTurn.Say("none"),         // emergency
        ScriptTurn.Say("back"),         // location
        ScriptTurn.Say("a few seconds"), // duration
        ScriptTurn.Say("days"),         // history
        ScriptTurn.Say("no"),           // worsening
        ScriptTurn.Say("3"),            // intensity
        ScriptTurn.Say("tightness"),    // symptoms
        ScriptTurn.Say("fatigue"),      // triggers
        ScriptTurn.Say("none"),         // red flags
        ScriptTurn.Say("none"),         // nerve
        ScriptTurn.Say("yes"),          // confirm
    ];
}
