using Intake.Bots.Content;
using Intake.Bots.Dialogs;
using Intake.Bots.Turns;
using Microsoft.Extensions.Logging;

namespace Intake.Dialogs.Flow;

/// <summary>The intake's dialogs and runner, built once at start-up from the content (a bad key stops the host).</summary>
internal sealed class IntakeFlow
{
    /// <summary>Stamped on every stored dialog stack; bump it when a step changes meaning so live conversations restart cleanly.</summary>
    public const string Version = "intake-1";

    public IntakeFlow(ContentCatalog content, ILogger<DialogRunner>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        foreach (var key in IntakeContentKeys.Texts.Where(k => !content.Has(k)))
        {
            throw new ContentException($"The intake says the content key '{key}', which no content file defines.");
        }

        Content = content;
        Dialogs = IntakeDialog.Register(new DialogSet(), content, IntakeQuestions.All);
        var options = new DialogRunnerOptions { RootDialogId = IntakeDialog.Id, FlowVersion = Version };
        IntakeCommands.AddTo(options);
        Runner = new DialogRunner(Dialogs, content, options, logger);
        Watch = new EmergencyWatch(content, IntakeQuestions.All);
    }

    public ContentCatalog Content { get; }

    public DialogSet Dialogs { get; }

    public DialogRunner Runner { get; }

    /// <summary>Spots an emergency sign typed at a later question.</summary>
    public EmergencyWatch Watch { get; }

    /// <summary>The turn's dialog context (stack, language).</summary>
    public DialogContext Open(TurnContext turn) => Runner.CreateContext(turn);
}
