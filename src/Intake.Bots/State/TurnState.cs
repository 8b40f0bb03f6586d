namespace Intake.Bots.State;

/// <summary>The state scopes a turn works with: the conversation's and the user's.</summary>
public sealed class TurnState(StateScope conversation, StateScope user)
{
    /// <summary>State shared by everything in this conversation (the dialog stack lives here).</summary>
    public StateScope Conversation { get; } = conversation;

    /// <summary>State that follows the user across conversations on the same channel.</summary>
    public StateScope User { get; } = user;
}
