namespace Intake.Bots.Dialogs;

/// <summary>
/// A dialog made of dialogs: it begins its initial child and ends with that child's result. Its children
/// are registered with it (<see cref="DialogSet.Add(ComponentDialog)"/>) and share the one stack, so the
/// stored state stays a flat list of small entries.
/// </summary>
public sealed class ComponentDialog : IDialog
{
    public ComponentDialog(string id, string initialDialogId, params IReadOnlyList<IDialog> dialogs)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        ArgumentException.ThrowIfNullOrEmpty(initialDialogId);
        ArgumentNullException.ThrowIfNull(dialogs);
        if (!dialogs.Any(d => string.Equals(d.Id, initialDialogId, StringComparison.Ordinal)))
        {
            throw new ArgumentException($"The component '{id}' has no dialog '{initialDialogId}'.", nameof(initialDialogId));
        }

        Id = id;
        InitialDialogId = initialDialogId;
        Dialogs = dialogs;
    }

    public string Id { get; }

    /// <summary>The child begun first.</summary>
    public string InitialDialogId { get; }

    /// <summary>The dialogs this component is made of.</summary>
    public IReadOnlyList<IDialog> Dialogs { get; }

    public ValueTask<DialogTurnResult> BeginAsync(DialogContext dialog, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        return dialog.BeginDialogAsync(InitialDialogId, cancellationToken);
    }

    // Only reached when the component is on top without a child (its child was replaced away): nothing to wait for.
    public ValueTask<DialogTurnResult> ContinueAsync(DialogContext dialog, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        return dialog.EndDialogAsync(null, cancellationToken);
    }

    public ValueTask<DialogTurnResult> ResumeAsync(DialogContext dialog, PromptAnswer? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        return dialog.EndDialogAsync(result, cancellationToken);
    }

    public ValueTask RepromptAsync(DialogContext dialog, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
