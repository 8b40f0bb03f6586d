namespace Intake.Dialogs;

/// <summary>Per-conversation facts that outlive any dialog: welcomed already.</summary>
public sealed record ConversationFlags(bool Greeted)
{
    /// <summary>The intake ended (a result, the 911 message, "stop") and no new one has begun: a message now is answered, not taken as a restart.</summary>
    public bool Ended { get; init; }
}
