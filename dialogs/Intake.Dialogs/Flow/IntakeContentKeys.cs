namespace Intake.Dialogs.Flow;

/// <summary>
/// The content keys the intake's code says (question texts are named by their step: <c>{step}.prompt</c>).
/// <see cref="IntakeFlow"/> checks every one exists at start-up.
/// </summary>
internal static class IntakeContentKeys
{
    public const string Welcome = "opening.welcome";
    public const string About = "opening.about";
    public const string Danger = "opening.danger";
    public const string FlowReset = "opening.reset";
    public const string ConsentDeclined = "consent.declined";
    public const string NotKept = "result.not-kept";
    public const string HelpActive = "commands.help.active";
    public const string HelpIdle = "commands.help.idle";
    public const string Cancelled = "commands.cancelled";
    public const string Restarted = "commands.restarted";
    public const string Talk = "commands.talk";
    public const string LanguageChanged = "commands.language";
    public const string SummaryWords = "result.actions.summary.synonyms";
    public const string DeleteWords = "delete.command.synonyms";
    public const string DeletePrompt = "delete.prompt";
    public const string DeleteDone = "delete.done";
    public const string DeleteKept = "delete.kept";

    /// <summary>Every text key above (lists are checked where they are read).</summary>
    public static readonly IReadOnlyList<string> Texts =
        [Welcome, About, Danger, FlowReset, ConsentDeclined, NotKept, IntakeAfterEnd.ThanksKey, IntakeAfterEnd.DoneKey, IntakeAfterEnd.NoSummaryKey, HelpActive, HelpIdle, Cancelled, Restarted, Talk, LanguageChanged, DeletePrompt, DeleteDone, DeleteKept];
}
