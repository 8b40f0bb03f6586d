using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Intake.Bots.Content;
using Intake.Bots.Recognizers;
using Intake.Bots.Turns;

namespace Intake.Bots.Dialogs;

/// <summary>
/// The dialog stack of one conversation during one turn: begin, continue, end, replace, cancel and
/// reprompt dialogs, and read or write the active dialog's typed state. Every change is written straight
/// back to conversation state, so what is saved at the end of the turn is always the current stack.
/// </summary>
public sealed class DialogContext
{
    private DialogStack _stack;
    private UserInput? _input;
    private string? _normalized;

    internal DialogContext(TurnContext turn, DialogSet dialogs, ContentCatalog content, DialogStack stack, bool wasReset)
    {
        Turn = turn;
        Dialogs = dialogs;
        Content = content;
        _stack = stack;
        WasReset = wasReset;
        Language = stack.Language ?? content.LanguageFor(turn.Activity.Locale);
        turn.Language = Language;
    }

    /// <summary>The turn: the inbound activity, state and the reply queue.</summary>
    public TurnContext Turn { get; }

    /// <summary>The registered dialogs.</summary>
    public DialogSet Dialogs { get; }

    /// <summary>The content every patient-facing text comes from.</summary>
    public ContentCatalog Content { get; }

    /// <summary>The content language of this conversation: the patient's choice, else the activity's locale.</summary>
    public string Language { get; private set; }

    /// <summary>The stored stack was built by another flow version and was thrown away this turn.</summary>
    public bool WasReset { get; }

    /// <summary>What the user sent this turn: text, card choices or a card's command.</summary>
    public UserInput Input => _input ??= UserInput.From(Turn.Activity);

    /// <summary>The typed text, normalized for word lists; empty when a card sent choices.</summary>
    public string NormalizedText => _normalized ??= Input.CardChoices is null ? TextNormalizer.Normalize(Input.Text) : string.Empty;

    /// <summary>The stack as it stands (what will be stored).</summary>
    public DialogStack Stack => _stack;

    /// <summary>The dialog on top of the stack, or <c>null</c>.</summary>
    public DialogInstance? ActiveDialog => _stack.Dialogs.Count > 0 ? _stack.Dialogs[^1] : null;

    /// <summary>How many dialogs are on the stack.</summary>
    public int Depth => _stack.Dialogs.Count;

    /// <summary>Pushes the dialog <paramref name="dialogId"/> and begins it.</summary>
    public ValueTask<DialogTurnResult> BeginDialogAsync(string dialogId, CancellationToken cancellationToken)
    {
        var dialog = Resolve(dialogId);
        Store(_stack with { Dialogs = [.. _stack.Dialogs, new DialogInstance { Id = dialogId }] });
        return dialog.BeginAsync(this, cancellationToken);
    }

    /// <summary>Hands the user's activity to the active dialog; <see cref="DialogTurnStatus.Empty"/> when there is none.</summary>
    public ValueTask<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken)
        => ActiveDialog is { } active
            ? Resolve(active.Id).ContinueAsync(this, cancellationToken)
            : ValueTask.FromResult(DialogTurnResult.Empty);

    /// <summary>Pops the active dialog and resumes its parent with <paramref name="result"/>.</summary>
    public ValueTask<DialogTurnResult> EndDialogAsync(PromptAnswer? result, CancellationToken cancellationToken)
    {
        if (ActiveDialog is null)
        {
            return ValueTask.FromResult(new DialogTurnResult(DialogTurnStatus.Complete, result));
        }

        Store(_stack with { Dialogs = [.. _stack.Dialogs.Take(_stack.Dialogs.Count - 1)] });
        return ActiveDialog is { } parent
            ? Resolve(parent.Id).ResumeAsync(this, result, cancellationToken)
            : ValueTask.FromResult(new DialogTurnResult(DialogTurnStatus.Complete, result));
    }

    /// <summary>Pops the active dialog without resuming its parent and begins <paramref name="dialogId"/> in its place.</summary>
    public ValueTask<DialogTurnResult> ReplaceDialogAsync(string dialogId, CancellationToken cancellationToken)
    {
        if (ActiveDialog is not null)
        {
            Store(_stack with { Dialogs = [.. _stack.Dialogs.Take(_stack.Dialogs.Count - 1)] });
        }

        return BeginDialogAsync(dialogId, cancellationToken);
    }

    /// <summary>Empties the stack (the language choice is kept).</summary>
    public ValueTask<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken)
    {
        var had = Depth > 0;
        Store(_stack with { Dialogs = [] });
        return ValueTask.FromResult(had ? DialogTurnResult.Cancelled : DialogTurnResult.Empty);
    }

    /// <summary>Asks the active dialog's question again.</summary>
    public ValueTask RepromptAsync(CancellationToken cancellationToken)
        => ActiveDialog is { } active ? Resolve(active.Id).RepromptAsync(this, cancellationToken) : ValueTask.CompletedTask;

    /// <summary>Switches the content language for the rest of the conversation.</summary>
    public void SetLanguage(string language)
    {
        ArgumentException.ThrowIfNullOrEmpty(language);
        Language = language;
        Turn.Language = language;
        Store(_stack with { Language = language });
    }

    /// <summary>The active dialog's typed state, or <c>null</c> when it has none.</summary>
    public T? GetState<T>(JsonTypeInfo<T> typeInfo)
        where T : class
        => Active().State is { } element ? element.Deserialize(typeInfo) : null;

    /// <summary>Writes the active dialog's typed state.</summary>
    public void SetState<T>(T value, JsonTypeInfo<T> typeInfo)
        where T : class
        => UpdateActive(d => d with { State = JsonSerializer.SerializeToElement(value, typeInfo) });

    /// <summary>Records the step the active dialog is on.</summary>
    public void SetStep(string? step) => UpdateActive(d => d with { Step = step });

    /// <summary>Records the step the active waterfall returns to after the answer to its current step.</summary>
    public void SetReturnTo(string? step) => UpdateActive(d => d with { ReturnTo = step });

    /// <summary>Records how many answers in a row the active prompt missed.</summary>
    public void SetAttempts(int attempts) => UpdateActive(d => d with { Attempts = attempts });

    /// <summary>A sentence in the conversation's language.</summary>
    public string Text(string key) => Content.Text(Language, key);

    /// <summary>Queues a sentence in the conversation's language.</summary>
    public void SendText(string key, string? inputHint = null) => Turn.SendText(Text(key), inputHint);

    private DialogInstance Active() => ActiveDialog ?? throw new InvalidOperationException("No dialog is active.");

    private void UpdateActive(Func<DialogInstance, DialogInstance> change)
    {
        var active = Active();
        Store(_stack with { Dialogs = [.. _stack.Dialogs.Take(_stack.Dialogs.Count - 1), change(active)] });
    }

    private IDialog Resolve(string id)
        => Dialogs.Find(id) ?? throw new InvalidOperationException($"No dialog is registered with the id '{id}'.");

    private void Store(DialogStack stack)
    {
        _stack = stack;
        Turn.State.Conversation.Set(DialogStack.Key, stack);
    }
}
