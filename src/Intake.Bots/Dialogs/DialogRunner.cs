using Intake.Bots.Content;
using Intake.Bots.Turns;
using Intake.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Intake.Bots.Dialogs;

/// <summary>
/// The one way into the dialogs for a turn: loads the stack (resetting one from another flow version, with the
/// apology of <see cref="DialogRunnerOptions.OnFlowReset"/>), picks the content language, runs the checks of
/// <see cref="DialogRunnerOptions.Checks"/> in order, then continues the active dialog or begins the root.
/// </summary>
public sealed class DialogRunner
{
    private readonly DialogSet _dialogs;
    private readonly ContentCatalog _content;
    private readonly DialogRunnerOptions _options;
    private readonly DialogCheck[] _checks;
    private readonly ILogger _logger;

    public DialogRunner(DialogSet dialogs, ContentCatalog content, DialogRunnerOptions options, ILogger<DialogRunner>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(options);
        if (!dialogs.Contains(options.RootDialogId))
        {
            throw new InvalidOperationException($"The root dialog '{options.RootDialogId}' is not registered.");
        }

        foreach (var id in dialogs.Ids)
        {
            foreach (var key in dialogs.Find(id)!.ContentKeys.Where(k => !content.Has(k)))
            {
                throw new ContentException($"The dialog '{id}' uses the content key '{key}', which no content file defines.");
            }
        }

        _dialogs = dialogs;
        _content = content;
        _options = options;
        _checks = [.. options.Checks];
        _logger = logger ?? NullLogger<DialogRunner>.Instance;
    }

    /// <summary>Runs a message: the checks in order, then the active dialog, else the root. Other activities only load the stack.</summary>
    public async Task<DialogTurnResult> RunAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var dialog = await OpenAsync(turn, cancellationToken);
        if (!turn.Activity.IsType(ActivityTypes.Message))
        {
            return dialog.ActiveDialog is null ? DialogTurnResult.Empty : DialogTurnResult.Waiting;
        }

        foreach (var check in _checks)
        {
            if (await check.Handler(dialog, cancellationToken) is { } outcome)
            {
                Log.DialogCheckEnded(_logger, turn.Activity.Conversation?.Id, outcome.ToString());
                return await AfterCheckAsync(dialog, outcome, cancellationToken);
            }
        }

        var result = await dialog.ContinueDialogAsync(cancellationToken);
        if (result.Status == DialogTurnStatus.Empty && _options.BeginRootOnMessage)
        {
            result = await dialog.BeginDialogAsync(_options.RootDialogId, cancellationToken);
        }

        return result;
    }

    /// <summary>
    /// The turn's dialog context, for what is not a message (a welcome when someone joins): the stored stack, or a
    /// new one after the flow-reset apology when it was built by another flow version.
    /// </summary>
    public async ValueTask<DialogContext> OpenAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var dialog = CreateContext(turn);
        if (dialog.WasReset && _options.OnFlowReset is { } onReset)
        {
            await onReset(dialog, cancellationToken);
        }

        return dialog;
    }

    private DialogContext CreateContext(TurnContext turn)
    {
        var stored = turn.State.Conversation.Get(DialogStack.Key);
        if (stored is null)
        {
            return new DialogContext(turn, _dialogs, _content, new DialogStack { Flow = _options.FlowVersion }, wasReset: false);
        }

        if (IsCurrent(stored))
        {
            return new DialogContext(turn, _dialogs, _content, stored, wasReset: false);
        }

        var language = stored.Language is { } l && _content.Languages.Contains(l, StringComparer.OrdinalIgnoreCase) ? l : null;
        Log.DialogStackReset(_logger, turn.Activity.Conversation?.Id, stored.Flow, _options.FlowVersion);
        var reset = new DialogStack { Flow = _options.FlowVersion, Language = language };
        turn.State.Conversation.Set(DialogStack.Key, reset);
        return new DialogContext(turn, _dialogs, _content, reset, wasReset: stored.Dialogs.Count > 0);
    }

    private static async ValueTask<DialogTurnResult> AfterCheckAsync(DialogContext dialog, CommandOutcome outcome, CancellationToken cancellationToken)
    {
        if (outcome == CommandOutcome.Reprompt)
        {
            await dialog.RepromptAsync(cancellationToken);
        }

        return dialog.ActiveDialog is null ? DialogTurnResult.Empty : DialogTurnResult.Waiting;
    }

    private bool IsCurrent(DialogStack stack)
        => stack.Schema == DialogStack.CurrentSchema
            && string.Equals(stack.Flow, _options.FlowVersion, StringComparison.Ordinal)
            && stack.Dialogs.All(d => _dialogs.Find(d.Id) is { } found && found.CanContinue(d));
}
