namespace Intake.Dialogs;

/// <summary>Per-conversation facts that outlive any dialog.</summary>
public sealed record ConversationFlags(bool Greeted);
