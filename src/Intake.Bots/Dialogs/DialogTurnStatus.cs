namespace Intake.Bots.Dialogs;

/// <summary>Where the dialog stack stands after an operation.</summary>
public enum DialogTurnStatus
{
    /// <summary>Nothing is on the stack.</summary>
    Empty,

    /// <summary>The active dialog waits for the user's next message.</summary>
    Waiting,

    /// <summary>The outermost dialog ended; its result is set.</summary>
    Complete,

    /// <summary>The stack was cancelled.</summary>
    Cancelled,
}
