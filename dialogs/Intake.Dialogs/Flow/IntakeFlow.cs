using Intake.Bots.Content;
using Intake.Bots.Dialogs;
using Intake.Bots.Turns;

namespace Intake.Dialogs.Flow;

/// <summary>The intake's dialogs and runner, built once at start-up from the content (a bad key stops the host).</summary>
public sealed class IntakeFlow
{
    /// <summary>Stamped on every stored dialog stack; bump it when a step changes meaning so live conversations restart cleanly.</summary>
    public const string Version = "intake-1";

    public IntakeFlow(ContentCatalog content)
    {
        ArgumentNullException.ThrowIfNull(content);
        Content = content;
        Dialogs = IntakeDialog.Register(new DialogSet(), content, IntakeQuestions.All);
        var options = new DialogRunnerOptions { RootDialogId = IntakeDialog.Id, FlowVersion = Version };
        IntakeCommands.AddTo(options);
        Runner = new DialogRunner(Dialogs, content, options);
    }

    public ContentCatalog Content { get; }

    public DialogSet Dialogs { get; }

    public DialogRunner Runner { get; }

    /// <summary>The turn's dialog context (stack, language).</summary>
    public DialogContext Open(TurnContext turn) => Runner.CreateContext(turn);
}
