namespace Intake.Dialogs;

/// <summary>Per-conversation facts that outlive any dialog: welcomed already; a "delete my data" waiting for yes or no.</summary>
public sealed record ConversationFlags(bool Greeted, bool DeletePending = false);
