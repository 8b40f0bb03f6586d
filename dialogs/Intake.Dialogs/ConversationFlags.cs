namespace Intake.Dialogs;

/// <summary>Per-conversation facts that outlive any dialog: welcomed already.</summary>
/// <remarks>
/// The state records read on every turn have setters, not <c>init</c>: the source-generated serializer
/// reads init-only members through its parameterized-constructor path, which was a tenth of a turn.
/// </remarks>
public sealed record ConversationFlags
{
    /// <summary>The welcome was said.</summary>
    public bool Greeted { get; set; }

    /// <summary>The intake ended (a result, the 911 message, "stop") and no new one has begun: a message now is answered, not taken as a restart.</summary>
    public bool Ended { get; set; }
}
