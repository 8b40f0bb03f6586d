namespace Intake.Bots.Dialogs;

/// <summary>
/// One named step of a waterfall. It reads <see cref="WaterfallStepContext{TValues}.Result"/> (the answer to
/// the previous step's prompt), updates the values, and then prompts (waits), moves on, jumps or ends.
/// </summary>
public delegate ValueTask<DialogTurnResult> WaterfallStep<TValues>(WaterfallStepContext<TValues> step, CancellationToken cancellationToken)
    where TValues : class;
