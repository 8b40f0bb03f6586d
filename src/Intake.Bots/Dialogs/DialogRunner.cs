using Intake.Bots.Content;
using Intake.Bots.Recognizers;
using Intake.Bots.Turns;
using Intake.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Intake.Bots.Dialogs;

/// <summary>
/// Runs a turn through the dialogs: loads the stack (resetting one from another flow version), picks the
/// content language, checks global commands and language switches before the active dialog continues,
/// and begins the root dialog when nothing is active.
/// </summary>
public sealed class DialogRunner
{
    private readonly DialogSet _dialogs;
    private readonly ContentCatalog _content;
    private readonly DialogRunnerOptions _options;
    private readonly ILogger _logger;
    private readonly Dictionary<string, GlobalCommand> _commandWords = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _languageWords = new(StringComparer.Ordinal);

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
        _logger = logger ?? NullLogger<DialogRunner>.Instance;
        foreach (var language in content.Languages)
        {
            foreach (var command in options.Commands)
            {
                foreach (var word in content.List(language, command.WordsKey))
                {
                    _commandWords.TryAdd(TextNormalizer.Normalize(word), command);
                }
            }

            foreach (var change in options.LanguageSwitches)
            {
                foreach (var word in content.List(language, change.WordsKey))
                {
                    _languageWords.TryAdd(TextNormalizer.Normalize(word), change.Language);
                }
            }
        }
    }

    /// <summary>The dialog context of this turn: the stored stack (reset if stale) and the content language.</summary>
    public DialogContext CreateContext(TurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
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

    /// <summary>Runs the turn: a message is checked for commands, then continues the active dialog or begins the root.</summary>
    public async Task<DialogTurnResult> RunAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var dialog = CreateContext(turn);
        if (dialog.WasReset && _options.OnFlowReset is { } onReset)
        {
            await onReset(dialog, cancellationToken);
        }

        return await ContinueAsync(dialog, cancellationToken);
    }

    /// <summary>Handles the turn's activity with an existing context (commands, then the active dialog, then the root).</summary>
    public async ValueTask<DialogTurnResult> ContinueAsync(DialogContext dialog, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        if (!dialog.Turn.Activity.IsType(ActivityTypes.Message))
        {
            return dialog.ActiveDialog is null ? DialogTurnResult.Empty : DialogTurnResult.Waiting;
        }

        var input = UserInput.From(dialog.Turn.Activity);
        var normalized = input.CardChoices is null ? TextNormalizer.Normalize(input.Text) : string.Empty;
        if (_languageWords.TryGetValue(normalized, out var language))
        {
            dialog.SetLanguage(language);
            var outcome = _options.OnLanguageChanged is { } said ? await said(dialog, cancellationToken) : CommandOutcome.Reprompt;
            Log.DialogCommand(_logger, "language", dialog.Turn.Activity.Conversation?.Id, outcome.ToString());
            return await AfterCommandAsync(dialog, outcome, cancellationToken);
        }

        if (FindCommand(input, normalized) is { } command)
        {
            var outcome = await command.Handler(dialog, cancellationToken);
            Log.DialogCommand(_logger, command.Name, dialog.Turn.Activity.Conversation?.Id, outcome.ToString());
            return await AfterCommandAsync(dialog, outcome, cancellationToken);
        }

        var result = await dialog.ContinueDialogAsync(cancellationToken);
        if (result.Status == DialogTurnStatus.Empty && _options.BeginRootOnMessage)
        {
            result = await dialog.BeginDialogAsync(_options.RootDialogId, cancellationToken);
        }

        return result;
    }

    private GlobalCommand? FindCommand(UserInput input, string normalized)
    {
        if (input.Command is { } name)
        {
            return _options.Commands.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));
        }

        return normalized.Length > 0 ? _commandWords.GetValueOrDefault(normalized) : null;
    }

    private static async ValueTask<DialogTurnResult> AfterCommandAsync(DialogContext dialog, CommandOutcome outcome, CancellationToken cancellationToken)
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
