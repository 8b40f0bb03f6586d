namespace Intake.Bots.Dialogs.Prompts;

/// <summary>Checks a recognised answer before the prompt ends with it.</summary>
public delegate ValueTask<PromptCheck> PromptValidator(PromptAnswer answer, DialogContext dialog, CancellationToken cancellationToken);
