namespace Intake.Bots.Dialogs;

/// <summary>What a waterfall step sees: the dialog context, its typed values, and the answer it was handed.</summary>
public sealed class WaterfallStepContext<TValues>
    where TValues : class
{
    private readonly WaterfallDialog<TValues> _waterfall;
    private TValues _values;

    internal WaterfallStepContext(WaterfallDialog<TValues> waterfall, DialogContext dialog, string name, TValues values, PromptAnswer? result, string? answeredStep)
    {
        _waterfall = waterfall;
        _values = values;
        Dialog = dialog;
        Name = name;
        Result = result;
        AnsweredStep = answeredStep;
    }

    /// <summary>The dialog context (turn, language, content, stack operations).</summary>
    public DialogContext Dialog { get; }

    /// <summary>This step's name.</summary>
    public string Name { get; }

    /// <summary>The answer handed to this step: the result of the dialog the previous step began, if any.</summary>
    public PromptAnswer? Result { get; }

    /// <summary>The step whose prompt produced <see cref="Result"/> (after a jump it is not the previous one).</summary>
    public string? AnsweredStep { get; }

    /// <summary>The waterfall's typed values; setting them stores them at once (replace with <c>with</c>).</summary>
    public TValues Values
    {
        get => _values;
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            _values = value;
            _waterfall.WriteValues(Dialog, value);
        }
    }

    /// <summary>Begins a child dialog (usually a prompt); its result goes to the next step.</summary>
    public ValueTask<DialogTurnResult> PromptAsync(string dialogId, CancellationToken cancellationToken)
        => Dialog.BeginDialogAsync(dialogId, cancellationToken);

    /// <summary>Runs the next step now, handing it <paramref name="result"/>.</summary>
    public ValueTask<DialogTurnResult> NextAsync(PromptAnswer? result, CancellationToken cancellationToken)
        => _waterfall.RunAfterAsync(Dialog, Name, result, Name, cancellationToken);

    /// <summary>Jumps to the named step (to change one answer from a summary, or to loop).</summary>
    public ValueTask<DialogTurnResult> GoToAsync(string stepName, CancellationToken cancellationToken)
        => _waterfall.RunStepAsync(Dialog, stepName, result: null, answeredStep: null, cancellationToken);

    /// <summary>
    /// Jumps to the named step, and once that step's answer arrives, goes to <paramref name="returnTo"/> with it
    /// instead of on in order: "change one answer" from a summary, then back to the summary.
    /// </summary>
    public ValueTask<DialogTurnResult> GoToAsync(string stepName, string returnTo, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(returnTo);
        if (!_waterfall.HasStep(returnTo))
        {
            throw new InvalidOperationException($"The waterfall has no step named '{returnTo}' to return to.");
        }

        Dialog.SetReturnTo(returnTo);
        return GoToAsync(stepName, cancellationToken);
    }

    /// <summary>Ends the waterfall with <paramref name="result"/>.</summary>
    public ValueTask<DialogTurnResult> EndAsync(PromptAnswer? result, CancellationToken cancellationToken)
        => Dialog.EndDialogAsync(result, cancellationToken);
}
