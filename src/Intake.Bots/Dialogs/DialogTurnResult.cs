namespace Intake.Bots.Dialogs;

/// <summary>The outcome of a dialog operation: the stack's status and, when complete, the result.</summary>
public readonly record struct DialogTurnResult(DialogTurnStatus Status, PromptAnswer? Result = null)
{
    /// <summary>The active dialog waits for input.</summary>
    public static DialogTurnResult Waiting => new(DialogTurnStatus.Waiting);

    /// <summary>The stack is empty.</summary>
    public static DialogTurnResult Empty => new(DialogTurnStatus.Empty);

    /// <summary>The stack was cancelled.</summary>
    public static DialogTurnResult Cancelled => new(DialogTurnStatus.Cancelled);
}
