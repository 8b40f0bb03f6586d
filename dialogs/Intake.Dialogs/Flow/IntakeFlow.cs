using Intake.Bots.Content;
using Intake.Bots.Dialogs;
using Intake.Bots.Turns;
using Intake.Dialogs.Answers;
using Intake.Dialogs.Recognizers;
using Intake.Schema;
using Microsoft.Extensions.Logging;

namespace Intake.Dialogs.Flow;

/// <summary>
/// The intake's dialogs and runner, built once at start-up from the content (a bad key stops the host),
/// with what works at every step: the commands, "see my summary", "delete my data", and the emergency
/// re-check of every typed message.
/// </summary>
public sealed class IntakeFlow
{
    /// <summary>Stamped on every stored dialog stack; bump it when a step changes meaning so live conversations restart cleanly.</summary>
    public const string Version = "intake-2";

    private readonly IntakeOutcome _outcome;
    private readonly EmergencySignRecognizer _emergencySigns;
    private readonly ILogger<IntakeFlow> _logger;

    public IntakeFlow(ContentCatalog content, IntakeOutcome outcome, DataDeletion deletion, ILogger<IntakeFlow> logger)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(deletion);
        Content = content;
        Deletion = deletion;
        _outcome = outcome;
        _logger = logger;
        _emergencySigns = new EmergencySignRecognizer(content);
        Dialogs = IntakeDialog.Register(new DialogSet(), content, IntakeQuestions.All, outcome);
        var options = new DialogRunnerOptions { RootDialogId = IntakeDialog.Id, FlowVersion = Version };
        IntakeCommands.AddTo(options);
        options.Commands.Add(new GlobalCommand("summary", "result.actions.summary.synonyms", ShowSummary));
        options.Commands.Add(deletion.Command);
        Runner = new DialogRunner(Dialogs, content, options);
    }

    public ContentCatalog Content { get; }

    public DialogSet Dialogs { get; }

    public DialogRunner Runner { get; }

    /// <summary>"delete my data" and its confirmation.</summary>
    public DataDeletion Deletion { get; }

    /// <summary>The turn's dialog context (stack, language).</summary>
    public DialogContext Open(TurnContext turn) => Runner.CreateContext(turn);

    /// <summary>
    /// When a typed message names an emergency sign, whatever the step (or none): stops the intake and sends
    /// the emergency result at once. Returns whether it did.
    /// </summary>
    public async ValueTask<bool> TryEmergencyAsync(DialogContext dialog, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        var activity = dialog.Turn.Activity;
        if (!activity.IsType(ActivityTypes.Message) || _emergencySigns.Recognize(activity.Text) is not { Count: > 0 } signs)
        {
            return false;
        }

        var step = dialog.ActiveDialog?.Id;
        var answers = (IntakeDialog.AnswersInProgress(dialog) ?? new IntakeAnswers()) with { Emergency = signs };
        await dialog.CancelAllDialogsAsync(cancellationToken);
        await _outcome.SendResultAsync(dialog, answers, cancellationToken);
        Log.EmergencyTyped(_logger, activity.Conversation?.Id, step);
        return true;
    }

    private ValueTask<CommandOutcome> ShowSummary(DialogContext dialog, CancellationToken cancellationToken)
    {
        var answers = IntakeDialog.AnswersInProgress(dialog) ?? dialog.Turn.State.Conversation.Get(IntakeOutcome.LastAnswersKey);
        if (answers is not null)
        {
            _outcome.SendSummary(dialog, answers, asQuestion: false);
        }

        return ValueTask.FromResult(dialog.ActiveDialog is null ? CommandOutcome.Handled : CommandOutcome.Reprompt);
    }
}
