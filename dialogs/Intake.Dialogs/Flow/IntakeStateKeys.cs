using Intake.Bots.State;
using Intake.Dialogs.Answers;

namespace Intake.Dialogs.Flow;

/// <summary>The intake's slots in conversation state (beside the engine's dialog stack).</summary>
internal static class IntakeStateKeys
{
    /// <summary>The answers so far, as codes; they outlive the dialog so the result and the records can read them.</summary>
    public static readonly StateKey<IntakeAnswers> Answers = new("answers", DialogsJsonContext.Default.IntakeAnswers);

    /// <summary>An emergency sign heard in the patient's words, waiting for their next message: a check question, or an emergency message they may correct.</summary>
    public static readonly StateKey<EmergencyPending> Emergency = new("emergency", DialogsJsonContext.Default.EmergencyPending);

    /// <summary>Whether the welcome was sent in this conversation.</summary>
    public static readonly StateKey<ConversationFlags> Flags = new("flags", DialogsJsonContext.Default.ConversationFlags);
}
