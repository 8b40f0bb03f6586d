using Intake.Bots.Dialogs;
using Intake.Bots.Dialogs.Prompts;
using Intake.Bots.Recognizers;

namespace Intake.Dialogs.Flow;

/// <summary>
/// A message that answers a yes/no question marked <see cref="IntakeQuestion.NoBesideFactsAsksAgain"/> (consent) and
/// also carries facts ahead: "yes. lower back spasms since monday, no fever". Read whole, its "yes" and "no" clash
/// and the facts would be lost; so its answer is its first clause, the way people lead with it. A first clause that
/// is "yes" answers; anything else (a "no" inside the symptoms, or no yes at all) keeps the facts and asks again.
/// </summary>
internal sealed class AnswerBesideFacts(IReadOnlyList<IntakeQuestion> questions, FactsAhead facts)
{
    public async ValueTask<CommandOutcome?> CheckAsync(DialogContext dialog, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        if (dialog.Stack.Dialogs is not [{ Id: IntakeDialog.Id }, var open] || questions.FirstOrDefault(q => q.Step == open.Id) is not { NoBesideFactsAsksAgain: true } question
            || dialog.Dialogs.Find(open.Id) is not PromptDialog prompt || dialog.Input.CardChoices is not null || dialog.Input.Text is not { } text
            || dialog.Turn.State.Conversation.Get(IntakeStateKeys.Answers) is not { } answers)
        {
            return null;
        }

        var found = await facts.ReadAsync(dialog, questions.Where(q => q.FilledAhead && !q.IsAnswered(answers)), question, cancellationToken);
        if (found.Count == 0)
        {
            return null;
        }

        if (FactsAhead.Clauses(text) is [var first, ..] && await prompt.RecognizeAsync(dialog, new UserInput { Text = first }, cancellationToken) is { Confirmed: true } yes)
        {
            // The waterfall records the answer and reads the same message for its facts.
            await dialog.EndDialogAsync(yes, cancellationToken);
            return CommandOutcome.Handled;
        }

        dialog.Turn.State.Conversation.Set(IntakeStateKeys.Answers, FactsAhead.Fill(answers, found));
        dialog.SendText(FactsConfirmation.ConsentAgainKey);
        return CommandOutcome.Reprompt;
    }
}
