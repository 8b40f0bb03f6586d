namespace Intake.Dialogs.Flow;

/// <summary>The answer the patient chose to change at the summary (its step id): once answered, back to the summary.</summary>
internal sealed record ChangeRequest(string Step);
