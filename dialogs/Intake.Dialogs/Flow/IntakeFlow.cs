using Intake.Bots.Content;
using Intake.Bots.Dialogs;
using Intake.Bots.Turns;
using Intake.Dialogs.Answers;
using Intake.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Intake.Dialogs.Flow;

/// <summary>
/// The intake's dialogs and runner, built once at start-up from the content (a bad key stops the host),
/// with what works at every step: the commands, "see my summary", "delete my data", and the emergency
/// watch over every typed message.
/// </summary>
internal sealed class IntakeFlow
{
    /// <summary>Stamped on every stored dialog stack; bump it when a step changes meaning so live conversations restart cleanly.</summary>
    public const string Version = "intake-2";

    private readonly IntakeOutcome _outcome;
    private readonly ILogger _logger;

    public IntakeFlow(ContentCatalog content, IntakeOutcome outcome, DataDeletion deletion, ILoggerFactory? loggers = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(deletion);
        foreach (var key in IntakeContentKeys.Texts.Where(k => !content.Has(k)))
        {
            throw new ContentException($"The intake says the content key '{key}', which no content file defines.");
        }

        Content = content;
        Deletion = deletion;
        _outcome = outcome;
        loggers ??= NullLoggerFactory.Instance;
        _logger = loggers.CreateLogger<IntakeFlow>();
        Dialogs = IntakeDialog.Register(new DialogSet(), content, IntakeQuestions.All, outcome);
        var options = new DialogRunnerOptions { RootDialogId = IntakeDialog.Id, FlowVersion = Version };
        IntakeCommands.AddTo(options);
        options.Commands.Add(new GlobalCommand("summary", IntakeContentKeys.SummaryWords, ShowSummary));
        options.Commands.Add(deletion.Command);
        Runner = new DialogRunner(Dialogs, content, options, loggers.CreateLogger<DialogRunner>());
        Watch = new EmergencyWatch(content);
    }

    public ContentCatalog Content { get; }

    public DialogSet Dialogs { get; }

    public DialogRunner Runner { get; }

    /// <summary>Spots an emergency sign in anything typed.</summary>
    public EmergencyWatch Watch { get; }

    /// <summary>"delete my data" and its confirmation.</summary>
    public DataDeletion Deletion { get; }

    /// <summary>The turn's dialog context (stack, language).</summary>
    public DialogContext Open(TurnContext turn) => Runner.CreateContext(turn);

    /// <summary>When a typed message names an emergency sign, whatever the step: stops the intake with the 911 result. Returns whether it did.</summary>
    public async ValueTask<bool> TryEmergencyAsync(DialogContext dialog, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        if (Watch.Check(dialog) is not { } signs)
        {
            return false;
        }

        var state = dialog.Turn.State.Conversation;
        var step = dialog.ActiveDialog?.Id;
        state.Set(IntakeStateKeys.Answers, (state.Get(IntakeStateKeys.Answers) ?? new IntakeAnswers()) with { Emergency = signs });
        await IntakeDialog.StopAsync(dialog, IntakeQuestions.EmergencyStop, _outcome, cancellationToken);
        Log.EmergencyTyped(_logger, dialog.Turn.Activity.Conversation?.Id, step);
        return true;
    }

    private ValueTask<CommandOutcome> ShowSummary(DialogContext dialog, CancellationToken cancellationToken)
    {
        if (dialog.Turn.State.Conversation.Get(IntakeStateKeys.Answers) is { } answers)
        {
            _outcome.SendSummary(dialog, answers, asQuestion: false);
        }

        return ValueTask.FromResult(dialog.ActiveDialog is null ? CommandOutcome.Handled : CommandOutcome.Reprompt);
    }
}
