using Intake.Bots.Capabilities;
using Intake.Bots.Choices;
using Intake.Bots.Content;
using Intake.Bots.Dialogs;

namespace Intake.Dialogs.Flow;

/// <summary>
/// A message after the intake ended (the result, the 911 message, "stop"): never a silent restart. "thanks",
/// "ok", "gracias" get a short reply; anything else is told the intake is finished. Both offer the next steps
/// ("see my summary", "start over"), which are commands and so work from here.
/// </summary>
internal sealed class IntakeAfterEnd
{
    public const string ThanksKey = "after.thanks";
    public const string DoneKey = "after.done";
    public const string NoSummaryKey = "after.no-summary";
    public const string ThanksWordsKey = "after.thanks-words";

    private readonly WholeMessageWords _thanks;

    public IntakeAfterEnd(ContentCatalog content) => _thanks = new WholeMessageWords(content, ThanksWordsKey);

    /// <summary>The check, after the commands: only when the intake ended and no question is open.</summary>
    public ValueTask<CommandOutcome?> CheckAsync(DialogContext dialog, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        if (dialog.ActiveDialog is not null || !IntakeWelcome.Ended(dialog.Turn) || dialog.Input.IsEmpty)
        {
            return ValueTask.FromResult<CommandOutcome?>(null);
        }

        var thanked = _thanks.Contains(dialog.Language, dialog.NormalizedText);
        var activity = dialog.Turn.Activity;
        LabelledChoice[] next =
        [
            new("summary", dialog.Text("result.actions.summary.label")),
            new("restart", dialog.Text("result.actions.restart.label")),
        ];
        dialog.Turn.Send(ChoiceRenderer.Render(ChannelCapabilities.For(activity), activity.From?.Id, dialog.Text(thanked ? ThanksKey : DoneKey), next, multiple: false, submitLabel: string.Empty, channelData: null));
        return ValueTask.FromResult<CommandOutcome?>(CommandOutcome.Handled);
    }
}
