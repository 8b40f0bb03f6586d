namespace Intake.Dialogs;

/// <summary>Per-conversation facts that outlive any dialog: welcomed already.</summary>
public sealed record ConversationFlags(bool Greeted);
