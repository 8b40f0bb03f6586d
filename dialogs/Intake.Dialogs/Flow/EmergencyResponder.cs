using System.Collections.Frozen;
using Intake.Bots.Capabilities;
using Intake.Bots.Choices;
using Intake.Bots.Content;
using Intake.Bots.Dialogs;
using Intake.Bots.Recognizers;
using Intake.Dialogs.Answers;
using Intake.Dialogs.Understanding;
using Intake.Schema;

namespace Intake.Dialogs.Flow;

/// <summary>
/// The first check of every message (INTAKE.md §2 row 9): reads the typed words once with the
/// <see cref="ClinicalReader"/> and acts on what <see cref="EmergencyWatch"/> heard, at every step, the screen
/// included: the crisis message or 911 first, naming the sign, with "I don't have that" to undo it and go back to
/// the open question (the stack is kept until the next message); the one <c>check</c> question for a doubtful
/// sign (no → back to the open question; anything but a clear no → 911); the advice as information for someone
/// else's sign; "none" at the screen for denied signs. A sign ticked on the emergency card and sent again later
/// counts too.
/// </summary>
internal sealed class EmergencyResponder
{
    private const string SignsPrefix = "emergency.signs";
    private readonly ClinicalReader _reader;
    private readonly IntakeOutcome _outcome;
    private readonly WholeMessageWords _noWords;
    private readonly WholeMessageWords _notMeWords;

    public EmergencyResponder(ContentCatalog content, ClinicalReader reader, IntakeOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(outcome);
        var named = reader.Concepts.Where(c => c.Kind is ConceptKind.Emergency or ConceptKind.Crisis).Select(c => c.Id).Concat(EmergencySigns.Pairs.Select(p => p.Sign));
        foreach (var key in named.Select(id => $"{SignsPrefix}.{id}").Concat(EmergencyContentKeys.Texts).Where(k => !content.Has(k)))
        {
            throw new ContentException($"The emergency watch says the content key '{key}', which no content file defines.");
        }

        _reader = reader;
        _outcome = outcome;
        _noWords = new WholeMessageWords(content, EmergencyContentKeys.CheckNoWords, "prompts.confirm.labels.no");
        _notMeWords = new WholeMessageWords(content, EmergencyContentKeys.NotMeWords, EmergencyContentKeys.NotMeLabel);
    }

    public async ValueTask<EmergencyResponse?> RespondAsync(DialogContext dialog, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        if (!dialog.Turn.Activity.IsType(ActivityTypes.Message))
        {
            return null;
        }

        var state = dialog.Turn.State.Conversation;
        var pending = state.Get(IntakeStateKeys.Emergency);
        if (pending is not null)
        {
            state.Remove(IntakeStateKeys.Emergency);
        }

        if (dialog.Input.CardChoices is { } codes)
        {
            await EndPausedAsync(dialog, pending, cancellationToken);
            var fromCard = dialog.ActiveDialog?.Id != IntakeSteps.Emergency && codes.All(AnswerCodes.Emergency.Contains) ? codes.Where(c => c != AnswerCodes.None).ToList() : [];
            return fromCard.Count == 0 ? null : Stop(dialog, fromCard, named: false);
        }

        var text = dialog.Input.Text ?? string.Empty;
        var words = dialog.NormalizedText;
        var heard = EmergencyWatch.Hear(_reader.Read(text, dialog.Language));
        if (heard?.Heard is EmergencyHeard.Crisis or EmergencyHeard.Emergency)
        {
            await EndPausedAsync(dialog, pending, cancellationToken);
            return Stop(dialog, heard.Signs, named: true);
        }

        if (pending is { IsCheck: true })
        {
            // When unsure, ask, never guess no: only a clear "no" goes back to the open question.
            return _noWords.Contains(dialog.Language, words) ? Back(dialog, EmergencyContentKeys.CheckBack) : Stop(dialog, [pending.Sign], named: true);
        }

        if (pending is not null)
        {
            // "I don't have that", or a denial of the very sign heard ("no, I don't have chest pain"), corrects it.
            if (_notMeWords.Contains(dialog.Language, words) || (heard is { Heard: EmergencyHeard.Denied } && heard.Signs.Contains(pending.Sign, StringComparer.Ordinal)))
            {
                var answers = state.Get(IntakeStateKeys.Answers) ?? new IntakeAnswers();
                IReadOnlyList<string> corrected = [.. (answers.Corrected ?? []).Union((answers.Emergency ?? []).Where(c => c != AnswerCodes.None), StringComparer.Ordinal)];
                state.Set(IntakeStateKeys.Answers, answers with { Emergency = pending.Previous, Corrected = corrected });
                IntakeWelcome.MarkEnded(dialog.Turn, ended: false);
                return dialog.ActiveDialog is null ? await WelcomeAgainAsync(dialog, cancellationToken) : Back(dialog, EmergencyContentKeys.NotMeDone);
            }

            await dialog.CancelAllDialogsAsync(cancellationToken);
        }

        return heard?.Heard switch
        {
            EmergencyHeard.Check => Ask(dialog, heard.Signs[0]),
            EmergencyHeard.Information => Inform(dialog, heard.Signs[0]),
            EmergencyHeard.Denied when dialog.ActiveDialog?.Id == IntakeSteps.Emergency => await NoneAsync(dialog, cancellationToken),
            _ => null,
        };
    }

    // The 911 message (or the crisis message), first, naming the sign; the open question stays on the stack until
    // the next message, so "I don't have that" can go back to it.
    private EmergencyResponse Stop(DialogContext dialog, IReadOnlyList<string> signs, bool named)
    {
        var turn = dialog.Turn;
        var state = turn.State.Conversation;
        var answers = state.Get(IntakeStateKeys.Answers) ?? new IntakeAnswers();
        var codes = named ? EmergencySigns.CodesOf(signs) : signs;
        var recorded = answers with { Emergency = codes };
        state.Set(IntakeStateKeys.Answers, recorded);
        IntakeWelcome.MarkGreeted(turn);
        IntakeWelcome.MarkEnded(turn, ended: true);
        if (!named)
        {
            _outcome.SendResult(dialog, recorded);
            return new EmergencyResponse(CommandOutcome.Handled, Stopped: true);
        }

        state.Set(IntakeStateKeys.Emergency, new EmergencyPending(IsCheck: false, signs[0], answers.Emergency));
        if (signs.Contains(EmergencySigns.SelfHarm, StringComparer.Ordinal))
        {
            turn.SendText(dialog.Text(EmergencyContentKeys.Crisis));
        }
        else
        {
            turn.SendText(Named(dialog, EmergencyContentKeys.Heard, signs));
            _outcome.SendResult(dialog, recorded);
        }

        Offer(dialog, dialog.Text(EmergencyContentKeys.NotMeOffer), [new LabelledChoice("not-me", dialog.Text(EmergencyContentKeys.NotMeLabel))], channelData: null);
        return new EmergencyResponse(CommandOutcome.Handled, Stopped: true);
    }

    private static EmergencyResponse Ask(DialogContext dialog, string sign)
    {
        dialog.Turn.State.Conversation.Set(IntakeStateKeys.Emergency, new EmergencyPending(IsCheck: true, sign, Previous: null));
        var key = EmergencySigns.AsksOnset(sign) ? EmergencyContentKeys.CheckSudden
            : EmergencySigns.NeedsSeverity(sign) ? EmergencyContentKeys.CheckSevere
            : EmergencyContentKeys.CheckNow;
        LabelledChoice[] yesNo = [new("yes", dialog.Text("prompts.confirm.labels.yes")), new("no", dialog.Text("prompts.confirm.labels.no"))];
        Offer(dialog, Named(dialog, key, [sign]), yesNo, IntakeChannelData.ForCheck(sign));
        return new EmergencyResponse(CommandOutcome.Handled, Stopped: false);
    }

    // Someone else's sign, or a "what if": the advice (911, or 988 for thoughts of suicide) as information; the message then goes on to the open question.
    private static EmergencyResponse? Inform(DialogContext dialog, string sign)
    {
        dialog.Turn.SendText(sign == EmergencySigns.SelfHarm ? dialog.Text(EmergencyContentKeys.CrisisInformation) : Named(dialog, EmergencyContentKeys.Information, [sign]));
        return dialog.ActiveDialog?.Id == IntakeSteps.Emergency ? new EmergencyResponse(CommandOutcome.Reprompt, Stopped: false) : null;
    }

    // At the screen, only denied, past or other people's signs: the answer "none", and the intake goes on.
    private static async ValueTask<EmergencyResponse> NoneAsync(DialogContext dialog, CancellationToken cancellationToken)
    {
        await dialog.EndDialogAsync(PromptAnswer.FromChoices([AnswerCodes.None]), cancellationToken);
        return new EmergencyResponse(CommandOutcome.Handled, Stopped: false);
    }

    private static EmergencyResponse Back(DialogContext dialog, string key)
    {
        dialog.SendText(key);
        return new EmergencyResponse(dialog.ActiveDialog is null ? CommandOutcome.Handled : CommandOutcome.Reprompt, Stopped: false);
    }

    private static async ValueTask<EmergencyResponse> WelcomeAgainAsync(DialogContext dialog, CancellationToken cancellationToken)
    {
        dialog.SendText(EmergencyContentKeys.NotMeDone);
        await IntakeWelcome.SendAsync(dialog, cancellationToken);
        return new EmergencyResponse(CommandOutcome.Handled, Stopped: false);
    }

    // The emergency message was shown last turn and this message is not "I don't have that": the intake stays stopped.
    private static async ValueTask EndPausedAsync(DialogContext dialog, EmergencyPending? pending, CancellationToken cancellationToken)
    {
        if (pending is { IsCheck: false })
        {
            await dialog.CancelAllDialogsAsync(cancellationToken);
        }
    }

    private static string Named(DialogContext dialog, string key, IReadOnlyList<string> signs)
        => dialog.Content.Format(dialog.Language, key, ("sign", string.Join(", ", signs.Select(s => dialog.Text($"{SignsPrefix}.{s}")))));

    private static void Offer(DialogContext dialog, string text, IReadOnlyList<LabelledChoice> choices, System.Text.Json.JsonElement? channelData)
    {
        var activity = dialog.Turn.Activity;
        dialog.Turn.Send(ChoiceRenderer.Render(ChannelCapabilities.For(activity), activity.From?.Id, text, choices, multiple: false, submitLabel: string.Empty, channelData));
    }
}
