using Intake.Bots.Content;
using Intake.Bots.Dialogs;
using Intake.Bots.Turns;
using Intake.Dialogs.Understanding;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Intake.Dialogs.Flow;

/// <summary>
/// The intake's dialogs and runner, built once at start-up from the content (a bad key stops the host), with
/// the one ordered list of what answers a message before the open question: an emergency sign, the welcome,
/// the answer to "delete my data?", the language switch, then the commands.
/// </summary>
internal sealed class IntakeFlow
{
    /// <summary>Stamped on every stored dialog stack; bump it when a step changes meaning so live conversations restart cleanly.</summary>
    public const string Version = "intake-5";

    private readonly IntakeOutcome _outcome;
    private readonly EmergencyResponder _emergency;

    public IntakeFlow(ContentCatalog content, ClinicalReader reader, IntakeOutcome outcome, DataDeletion deletion, ILoggerFactory? loggers = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(deletion);
        foreach (var key in IntakeContentKeys.Texts.Where(k => !content.Has(k)))
        {
            throw new ContentException($"The intake says the content key '{key}', which no content file defines.");
        }

        var corrections = new Corrections(content, IntakeQuestions.All, outcome);
        foreach (var key in corrections.ContentKeys.Where(k => !content.Has(k)))
        {
            throw new ContentException($"The intake reads the content key '{key}', which no content file defines.");
        }

        _outcome = outcome;
        _emergency = new EmergencyResponder(content, reader, outcome);
        loggers ??= NullLoggerFactory.Instance;
        var facts = new FactsAhead(content);
        Dialogs = deletion.Register(IntakeDialog.Register(new DialogSet(), new QuestionSources(content, reader), IntakeQuestions.All, outcome, facts));
        var options = new DialogRunnerOptions { RootDialogId = IntakeDialog.Id, FlowVersion = Version, OnFlowReset = IntakeCommands.FlowResetAsync };

        // In this order: a typed emergency sign wins over everything, the welcome too; "delete?" reads its own
        // answer before the commands (its "no" words include "cancel").
        options.Checks.Add(new DialogCheck("emergency", EmergencyAsync));
        options.Checks.Add(new DialogCheck("welcome", IntakeWelcome.CheckAsync));
        options.Checks.Add(new DialogCheck("delete-answer", DataDeletion.AnswerAsync));
        options.Checks.Add(IntakeCommands.LanguageSwitch(content));
        foreach (var command in IntakeCommands.All.Append(new GlobalCommand("summary", IntakeContentKeys.SummaryWords, ShowSummary)).Append(deletion.Command))
        {
            options.Checks.Add(DialogCheck.Command(content, command));
        }

        // After the commands ("start over" is no correction): consent beside facts ahead, then "actually the pain is 7"
        // at a later question or the summary.
        options.Checks.Add(new DialogCheck("answer-beside-facts", new AnswerBesideFacts(IntakeQuestions.All, facts).CheckAsync));
        options.Checks.Add(new DialogCheck("correction", corrections.CheckAsync));

        // Last: a message after the intake ended gets a reply and the next steps, never a silent restart.
        options.Checks.Add(new DialogCheck("after-end", new IntakeAfterEnd(content).CheckAsync));

        Runner = new DialogRunner(Dialogs, content, options, loggers.CreateLogger<DialogRunner>());
    }

    public DialogSet Dialogs { get; }

    /// <summary>The one way a message reaches the intake's dialogs.</summary>
    public DialogRunner Runner { get; }

    /// <summary>A person joined: the welcome and the first question, once per conversation.</summary>
    public async Task JoinedAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (!IntakeWelcome.Greeted(turn))
        {
            await IntakeWelcome.SendAsync(await Runner.OpenAsync(turn, cancellationToken), cancellationToken);
        }
    }

    // An emergency or crisis sign in the patient's words, whatever the step (see EmergencyResponder): 911 or 988
    // first, a check question when in doubt, "none" at the screen for denied signs.
    private async ValueTask<CommandOutcome?> EmergencyAsync(DialogContext dialog, CancellationToken cancellationToken)
        => (await _emergency.RespondAsync(dialog, cancellationToken))?.Outcome;

    private ValueTask<CommandOutcome> ShowSummary(DialogContext dialog, CancellationToken cancellationToken)
    {
        if (dialog.Turn.State.Conversation.Get(IntakeStateKeys.Answers) is { } answers)
        {
            _outcome.SendSummary(dialog, answers, asQuestion: false);
        }
        else
        {
            dialog.SendText(IntakeAfterEnd.NoSummaryKey);
        }

        return ValueTask.FromResult(dialog.ActiveDialog is null ? CommandOutcome.Handled : CommandOutcome.Reprompt);
    }
}
