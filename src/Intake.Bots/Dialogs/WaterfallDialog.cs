using System.Text.Json.Serialization.Metadata;
using Intake.Bots.State;

namespace Intake.Bots.Dialogs;

/// <summary>
/// A sequence of named steps with typed values (a record replaced with <c>with</c>). The stack entry keeps
/// the current step's name, so renaming or reordering steps is detected instead of misread. The values live
/// in the stack entry, or in a conversation-state slot when they must outlive the dialog (answers to keep).
/// </summary>
public sealed class WaterfallDialog<TValues> : IDialog
    where TValues : class
{
    private readonly List<(string Name, WaterfallStep<TValues> Run)> _steps = [];
    private readonly Func<TValues> _initial;
    private readonly StateKey<TValues>? _valuesKey;

    /// <summary>A waterfall whose values live in the conversation-state slot <paramref name="valuesKey"/> (begun = reset).</summary>
    public WaterfallDialog(string id, StateKey<TValues> valuesKey, Func<TValues> initial)
        : this(id, valuesKey?.TypeInfo!, initial)
    {
        _valuesKey = valuesKey;
    }

    /// <summary>A waterfall whose values live in its stack entry and end with it.</summary>
    public WaterfallDialog(string id, JsonTypeInfo<TValues> valuesTypeInfo, Func<TValues> initial)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        ArgumentNullException.ThrowIfNull(valuesTypeInfo);
        ArgumentNullException.ThrowIfNull(initial);
        Id = id;
        ValuesTypeInfo = valuesTypeInfo;
        _initial = initial;
    }

    public string Id { get; }

    /// <summary>How the values are stored.</summary>
    public JsonTypeInfo<TValues> ValuesTypeInfo { get; }

    /// <summary>The step names, in order.</summary>
    public IEnumerable<string> StepNames => _steps.Select(s => s.Name);

    /// <summary>Adds a step at the end; names are unique within the waterfall.</summary>
    public WaterfallDialog<TValues> Step(string name, WaterfallStep<TValues> step)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(step);
        if (IndexOf(name) >= 0)
        {
            throw new InvalidOperationException($"The waterfall '{Id}' already has a step named '{name}'.");
        }

        _steps.Add((name, step));
        return this;
    }

    /// <summary>Whether the waterfall has a step with this name (a stored stack naming another one is stale).</summary>
    public bool HasStep(string name) => IndexOf(name) >= 0;

    public ValueTask<DialogTurnResult> BeginAsync(DialogContext dialog, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        if (_steps.Count == 0)
        {
            return dialog.EndDialogAsync(null, cancellationToken);
        }

        WriteValues(dialog, _initial());
        return RunStepAsync(dialog, _steps[0].Name, result: null, answeredStep: null, cancellationToken);
    }

    // A step waited without a child: the user's text is that step's answer.
    public ValueTask<DialogTurnResult> ContinueAsync(DialogContext dialog, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        var text = dialog.Turn.Activity.Text;
        if (!dialog.Turn.Activity.IsType(Schema.ActivityTypes.Message))
        {
            return ValueTask.FromResult(DialogTurnResult.Waiting);
        }

        return ResumeAsync(dialog, text is null ? null : PromptAnswer.FromText(text), cancellationToken);
    }

    public ValueTask<DialogTurnResult> ResumeAsync(DialogContext dialog, PromptAnswer? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        var current = dialog.ActiveDialog?.Step ?? _steps[0].Name;
        return RunAfterAsync(dialog, current, result, current, cancellationToken);
    }

    public ValueTask RepromptAsync(DialogContext dialog, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public bool CanContinue(DialogInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return (instance.Step is null || HasStep(instance.Step)) && (instance.ReturnTo is null || HasStep(instance.ReturnTo));
    }

    internal ValueTask<DialogTurnResult> RunAfterAsync(DialogContext dialog, string stepName, PromptAnswer? result, string? answeredStep, CancellationToken cancellationToken)
    {
        if (dialog.ActiveDialog?.ReturnTo is { } returnTo)
        {
            dialog.SetReturnTo(null);
            return RunStepAsync(dialog, returnTo, result, answeredStep, cancellationToken);
        }

        var index = IndexOf(stepName);
        if (index < 0)
        {
            throw new InvalidOperationException($"The waterfall '{Id}' has no step named '{stepName}'.");
        }

        var next = index + 1;
        return next < _steps.Count
            ? RunStepAsync(dialog, _steps[next].Name, result, answeredStep, cancellationToken)
            : dialog.EndDialogAsync(result, cancellationToken);
    }

    internal ValueTask<DialogTurnResult> RunStepAsync(DialogContext dialog, string stepName, PromptAnswer? result, string? answeredStep, CancellationToken cancellationToken)
    {
        var index = IndexOf(stepName);
        if (index < 0)
        {
            throw new InvalidOperationException($"The waterfall '{Id}' has no step named '{stepName}'.");
        }

        dialog.SetStep(stepName);
        var values = ReadValues(dialog) ?? _initial();
        var context = new WaterfallStepContext<TValues>(this, dialog, stepName, values, result, answeredStep);
        return _steps[index].Run(context, cancellationToken);
    }

    internal void WriteValues(DialogContext dialog, TValues values)
    {
        if (_valuesKey is null)
        {
            dialog.SetState(values, ValuesTypeInfo);
        }
        else
        {
            dialog.Turn.State.Conversation.Set(_valuesKey, values);
        }
    }

    private TValues? ReadValues(DialogContext dialog)
        => _valuesKey is null ? dialog.GetState(ValuesTypeInfo) : dialog.Turn.State.Conversation.Get(_valuesKey);

    private int IndexOf(string name) => _steps.FindIndex(s => string.Equals(s.Name, name, StringComparison.Ordinal));
}
